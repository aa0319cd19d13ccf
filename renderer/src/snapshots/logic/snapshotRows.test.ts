import { describe, expect, it } from 'vitest';
import { facility, flow, material, scenario } from '../../logic/testRecords';
import { facilityRows, flowRows, rowKey, scenarioRows } from './snapshotRows';

const records = {
  materials: [material('m1', { name: 'NdPr oxide' })],
  facilities: [facility('f1', { name: '<img src=x onerror=alert(1)>', stage: 'mine', country: 'AU', capacity_t: 500 }), facility('f2', { name: 'Sep', stage: 'separation', country: 'MY' })],
  flows: [flow('w1', { from_id: 'f1', to_id: 'f2', material_id: 'm1', volume_t: 40, year: 2024 }), flow('w2', { from_id: 'f1', to_id: 'gone', material_id: 'm9' })],
  sources: [],
  source_links: [],
  check_reviews: [],
  scenarios: [],
};

describe('snapshot browser rows', () => {
  it('facilities as text, names kept as they are', () => {
    expect(facilityRows(records)[0]).toMatchObject({ id: 'f1', name: '<img src=x onerror=alert(1)>', stage: 'Mine', country: 'Australia (AU)', capacity_t: 500 });
  });

  it('flows name their ends and material within the snapshot, else show the id', () => {
    expect(flowRows(records)).toEqual([
      { id: 'w1', from: '<img src=x onerror=alert(1)>', to: 'Sep', material: 'NdPr oxide', volume_t: 40, year: 2024, status: 'operating' },
      { id: 'w2', from: '<img src=x onerror=alert(1)>', to: 'gone', material: 'm9', volume_t: null, year: null, status: 'operating' },
    ]);
  });

  it('sort keys are the row values', () => {
    const row = flowRows(records)[0]!;
    expect(rowKey(row, 'volume_t')).toBe(40);
    expect(rowKey(row, 'to')).toBe('Sep');
    expect(rowKey(flowRows(records)[1]!, 'year')).toBeNull();
  });

  it("scenarios say what they assume in words, naming the snapshot's records as a merge would resolve them", () => {
    const withScenarios = {
      ...records,
      scenarios: [
        scenario('s1', {
          name: 'Sep stops, then Australia bans oxide',
          months: 18,
          notes: 'Ask Cho',
          disruptions: [
            { kind: 'facility', id: 'f2', fraction: 1, start_month: 2 },
            { kind: 'country', country: 'AU', materials: ['ndpr OXIDE'], fraction: 0.5, start_month: 3, end_month: 6 },
            { kind: 'facility', id: 'Atlantis', fraction: 1, start_month: 1 },
          ],
        }),
        scenario('s2', { name: 'As recorded' }),
      ],
    };
    expect(scenarioRows(withScenarios)).toEqual([
      {
        id: 's1',
        name: 'Sep stops, then Australia bans oxide',
        months: 18,
        disruptions: [
          'Sep (Malaysia) stops from month 2.',
          'Australia stops 50% of its exports of NdPr oxide from month 3 to month 6.',
          '“Atlantis” (not in the workspace) stops from month 1.',
        ],
        assumes:
          'Sep (Malaysia) stops from month 2. Australia stops 50% of its exports of NdPr oxide from month 3 to month 6. “Atlantis” (not in the workspace) stops from month 1.',
        notes: 'Ask Cho',
      },
      { id: 's2', name: 'As recorded', months: 12, disruptions: [], assumes: 'No disruption: the chain as recorded.', notes: '' },
    ]);
    expect(scenarioRows(records)).toEqual([]);
  });
});
