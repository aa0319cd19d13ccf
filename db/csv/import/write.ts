// Writing the plans of a validated import: materials, created materials and sources,
// facilities, flows, then the new citations.
import { newId } from '../../model/ids';
import type { SourceLink } from '../../model/schemas';
import type { Tx } from '../../store/changes';
import type { RecordByTable } from '../../store/tables';
import { guessMaterialForm, type CsvKind } from '../format';
import { withIndexesRebuilt } from './bulk-indexes';
import type { ImportContext } from './context';
import { RECORD_TYPE, type Plan } from './plans';

/**
 * A new record from validated fields, as Tx.insert makes it, but completing the object the
 * schema just produced instead of copying it twice: this runs 100,000 times in a big import.
 */
function stamp<F extends object>(tx: Tx, fields: F, id: string) {
  const record = fields as F & { id: string; created_at: string; updated_at: string; revision: number };
  record.id = id;
  record.created_at = tx.at;
  record.updated_at = tx.at;
  record.revision = 1;
  return record;
}

/** A kind's new records in bulk, then its updates. */
function writePlans<T extends 'facilities' | 'flows'>(tx: Tx, table: T, plans: readonly Plan<RecordByTable[T], Partial<RecordByTable[T]>>[]): void {
  tx.insertMany(table, plans.flatMap((plan) => (plan.existing ? [] : [stamp(tx, plan.fields, plan.id) as RecordByTable[T]])));
  for (const plan of plans) if (plan.existing) tx.update(table, plan.existing, plan.fields);
}

export function writeImport(tx: Tx, ctx: ImportContext): void {
  const { plans, report } = ctx;
  for (const plan of plans.materials) {
    if (!plan.existing) tx.insert('materials', { ...plan.fields, id: plan.id });
    else tx.update('materials', plan.existing, plan.fields);
  }
  for (const material of ctx.materials.guessed.values()) {
    tx.insert('materials', {
      id: material.id,
      name: material.name,
      form: guessMaterialForm(material.name),
      elements: [],
      unit: 't',
      reo_factor: null,
      notes: '',
    });
    report.created.materials++;
    report.new_materials.push(material.name);
  }
  for (const source of ctx.sources.created.values()) {
    tx.insert('sources', {
      id: source.id,
      title: source.title,
      publisher: '',
      published: '',
      url: '',
      excerpt: '',
      sensitive: false,
      notes: '',
    });
    report.created.sources++;
  }
  writePlans(tx, 'facilities', plans.facilities);
  withIndexesRebuilt(ctx.ws, 'flows', ctx.report.created.flows, () => writePlans(tx, 'flows', plans.flows));
  // Citations last, once every record they point at exists.
  const links: SourceLink[] = [];
  const link = (kind: CsvKind, list: readonly Plan<unknown, unknown>[]) => {
    for (const plan of list) {
      for (const sourceId of plan.sources) {
        links.push(stamp(tx, { source_id: sourceId, record_type: RECORD_TYPE[kind], record_id: plan.id, note: '' }, newId()));
      }
    }
  };
  link('materials', plans.materials);
  link('facilities', plans.facilities);
  link('flows', plans.flows);
  tx.insertMany('source_links', links);
}
