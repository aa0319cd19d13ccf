// The compiled record checks are never looser than the schemas: whatever they accept, the
// schema accepts and returns unchanged. Checked on valid records and on 5,000 mutations.
import { describe, expect, it } from 'vitest';
import { prng } from '../../../bench/generate';
import { facilitySchema, flowSchema } from '../../model/schemas';
import { isPlainFacility, isPlainFlow } from '../fast-check';

const facility = {
  id: 'f-1', name: 'Baotou', stage: 'separation', country: 'CN', operator: 'Baogang', owner_country: 'CN', lat: 40.6, lon: 109.8,
  status: 'operating', capacity_t: 5000, capacity_material_id: 'm-1', stock_t: null, confidence: 'high', tags: ['a', 'b'], notes: '',
  created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-02T00:00:00.000Z', revision: 2,
};
const flow = {
  id: 'g-1', from_id: 'f-1', to_id: 'f-2', material_id: 'm-1', volume_t: 100, year: 2024, status: 'operating', confidence: 'medium',
  notes: 'n', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', revision: 1,
};
const VALUES = [null, undefined, '', ' x', 'x ', 'X', 'cn', 'CN', 'ZZ', -1, 0, 1.5, 91, 181, 1899, 2024, 2101, NaN, Infinity, 1e308, 2 ** 53, 'oem', 'closed', 'low', [], [''], ['a'], {}, true, 'a'.repeat(201), 'bad id!'];


describe('fast record checks', () => {
  it('accept records as Lodestone writes them', () => {
    expect(isPlainFacility(facility)).toBe(true);
    expect(isPlainFlow(flow)).toBe(true);
  });

  it('never accept what the schema refuses or would change (5,000 mutations)', () => {
    const random = prng(7);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const [base, check, schema] = i % 2 ? [facility, isPlainFacility, facilitySchema] : ([flow, isPlainFlow, flowSchema] as const);
      const record: Record<string, unknown> = { ...base };
      const keys = [...Object.keys(base), 'extra'];
      for (let k = 1 + Math.floor(random() * 2); k > 0; k--) {
        const key = keys[Math.floor(random() * keys.length)]!;
        if (random() < 0.1) delete record[key];
        else record[key] = VALUES[Math.floor(random() * VALUES.length)];
      }
      if (!check(record)) continue;
      accepted++;
      const parsed = schema.safeParse(record);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(record);
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
