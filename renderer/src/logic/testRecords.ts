// Records for unit tests, with the schemas' defaults filled in.
import { scenarioFields, type Scenario, type ScenarioInput } from '../../../db/model/analysis';
import type { CheckReview } from '../../../db/model/checks';
import type { Facility, Flow, Material, Source, SourceLink } from '../../../db/model/schemas';
import { facilityFields, flowFieldsBase, materialFields, sourceFields } from '../../../db/model/schemas';

const meta = (id: string) => ({ id, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z', revision: 1 });

export const facility = (id: string, fields: Partial<Facility> & Pick<Facility, 'name'>): Facility => ({
  ...facilityFields.parse({ stage: 'mine', country: 'CN', ...fields }),
  ...meta(id),
});

export const flow = (id: string, fields: Partial<Flow> & Pick<Flow, 'from_id' | 'to_id' | 'material_id'>): Flow => ({
  ...flowFieldsBase.parse(fields),
  ...meta(id),
});

export const material = (id: string, fields: Partial<Material> & Pick<Material, 'name'>): Material => ({
  ...materialFields.parse({ form: 'oxide', ...fields }),
  ...meta(id),
});

export const source = (id: string, fields: Partial<Source> & Pick<Source, 'title'>): Source => ({
  ...sourceFields.parse(fields),
  ...meta(id),
});

export const link = (id: string, source_id: string, record_type: SourceLink['record_type'], record_id: string): SourceLink => ({
  source_id,
  record_type,
  record_id,
  note: '',
  ...meta(id),
});

export const review = (id: string, check_id: CheckReview['check_id'], record_type: CheckReview['record_type'], record_id: string): CheckReview => ({
  check_id,
  record_type,
  record_id,
  note: 'Checked with the operator',
  tonnes: null,
  ...meta(id),
});

export const scenario = (id: string, fields: ScenarioInput): Scenario => ({
  ...scenarioFields.parse(fields),
  ...meta(id),
});
