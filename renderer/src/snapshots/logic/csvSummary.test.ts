import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../db/api';
import { csvImportSummary } from './csvSummary';

const report = (created: number[], updated: number[], unchanged: number[]): ImportReport => {
  const counts = ([materials, facilities, flows]: number[]) => ({ materials: materials!, facilities: facilities!, flows: flows! });
  return {
    rows_read: counts([0, 0, 0]),
    created: { ...counts(created), sources: 0 },
    updated: counts(updated),
    unchanged: counts(unchanged),
    new_materials: [],
    errors: [],
    batch_id: 1,
  };
};

describe('csvImportSummary', () => {
  it('says what was created and updated, facilities and flows always', () => {
    expect(csvImportSummary(report([0, 2, 0], [0, 0, 0], [0, 0, 0]))).toBe('2 facilities and 0 flows created, 0 updated');
    expect(csvImportSummary(report([0, 1, 1], [0, 1, 2], [0, 0, 0]))).toBe('1 facility and 1 flow created, 3 updated');
  });

  it('names materials when a materials file created some, and counts rows left as they were', () => {
    expect(csvImportSummary(report([2, 3, 5], [1, 0, 0], [0, 0, 0]))).toBe('2 materials, 3 facilities and 5 flows created, 1 updated');
    // the same files imported again change nothing
    expect(csvImportSummary(report([0, 0, 0], [0, 0, 0], [2, 3, 5]))).toBe('0 facilities and 0 flows created, 0 updated, 10 unchanged');
  });
});
