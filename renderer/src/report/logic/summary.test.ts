import { describe, expect, inject, it } from 'vitest';
import { workspaceSummary, type SummaryInput } from './summary';

// The sample workspace as the core lists it (db/test/sample-workspace.setup.ts).
const sample: SummaryInput = inject('sampleWorkspace');

describe('workspace summary on the sample', () => {
  it('counts the records', () => {
    const s = workspaceSummary(sample, { includeSensitive: true });
    expect(s.counts).toEqual({ facilities: 72, operating: 64, flows: 185, materials: 24, sources: 6 });
  });

  it('lists the stages present in chain order with their operating capacity', () => {
    const s = workspaceSummary(sample, { includeSensitive: true });
    expect(s.stages.map((r) => r.stage)).toEqual(['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'oem', 'recycler', 'stockpile', 'trader']);
    const separation = s.stages.find((r) => r.stage === 'separation')!;
    expect(separation).toMatchObject({ label: 'Separation', facilities: 13, operating: 12, capacity: 118_000 });
    expect(s.stages.reduce((n, r) => n + r.facilities, 0)).toBe(72);
  });

  it('ranks countries by facilities and folds the rest', () => {
    const s = workspaceSummary(sample, { includeSensitive: true, maxCountries: 3 });
    expect(s.countries.map((c) => [c.country, c.facilities])).toEqual([
      ['US', 23],
      ['CN', 22],
      ['JP', 8],
    ]);
    expect(s.countries[1]!.stages[0]).toBe('mine');
    expect(s.otherCountries!.facilities).toBe(72 - 23 - 22 - 8);
  });

  it('counts confidence and sourced records', () => {
    const s = workspaceSummary(sample, { includeSensitive: true });
    expect(s.confidence.map((c) => c.level)).toEqual(['low', 'medium', 'high']);
    expect(s.confidence.reduce((n, c) => n + c.facilities, 0)).toBe(72);
    expect(s.confidence.reduce((n, c) => n + c.flows, 0)).toBe(185);
    expect(s.sourced).toEqual({ facilities: 72, flows: 185 });
    expect(s.sources).toHaveLength(6);
    expect(s.sources[0]!.records).toBeGreaterThanOrEqual(s.sources[1]!.records);
  });
});

describe('workspace summary on hand-made records', () => {
  const now = '2026-01-01T00:00:00.000Z';
  const meta = { created_at: now, updated_at: now, revision: 1 };
  const facility = (id: string, country: string, stage: 'mine' | 'metal', status: 'operating' | 'planned', capacity_t: number | null) =>
    ({ ...meta, id, name: id, stage, country, status, capacity_t, confidence: 'high' }) as unknown as SummaryInput['facilities'][number];
  const source = (id: string, sensitive: boolean) => ({ ...meta, id, title: id, publisher: '', published: '', url: '', excerpt: '', notes: '', sensitive });
  const link = (id: string, source_id: string, record_type: 'facility' | 'flow', record_id: string) => ({ ...meta, id, source_id, record_type, record_id, note: '' });
  const input: SummaryInput = {
    facilities: [facility('a', 'CN', 'mine', 'operating', 100), facility('b', 'CN', 'metal', 'planned', 50), facility('c', 'AU', 'mine', 'operating', null)],
    flows: [],
    materials: [],
    sources: [source('open', false), source('secret', true)],
    links: [link('l1', 'open', 'facility', 'a'), link('l2', 'secret', 'facility', 'a'), link('l3', 'open', 'flow', 'gone')],
  };

  it('sums only operating capacity, counts planned facilities', () => {
    const s = workspaceSummary(input, { includeSensitive: false });
    expect(s.stages).toEqual([
      { stage: 'mine', label: 'Mine', facilities: 2, operating: 2, capacity: 100 },
      { stage: 'metal', label: 'Metal', facilities: 1, operating: 0, capacity: 0 },
    ]);
    expect(s.otherCountries).toBeNull();
  });

  it('leaves sensitive sources out of the list unless asked, and ignores links to missing records', () => {
    const hidden = workspaceSummary(input, { includeSensitive: false });
    expect(hidden.sources.map((s) => s.id)).toEqual(['open']);
    expect(hidden.sensitiveLeftOut).toBe(1);
    expect(hidden.sourced).toEqual({ facilities: 1, flows: 0 });
    const shown = workspaceSummary(input, { includeSensitive: true });
    expect(shown.sources.map((s) => [s.id, s.records])).toEqual([
      ['open', 1],
      ['secret', 1],
    ]);
    expect(shown.sensitiveLeftOut).toBe(0);
  });
});
