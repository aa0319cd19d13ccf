import { describe, expect, it } from 'vitest';
import type { ChokepointsResult } from '../../../../db/model/analysis';
import { chokepointRows, countryChokepoints } from './chokepoints';

const result: ChokepointsResult = {
  targets: ['oem'],
  inbound_t: 100,
  facilities: [
    { id: 'a', name: 'Alpha metal', country: 'CN', stage: 'metal', share: 0.9 },
    { id: 'b', name: 'Beta magnet', country: 'JP', stage: 'magnet', share: 0.5 },
    { id: 'c', name: 'Gamma mine', country: 'AU', stage: 'mine', share: 0.1 },
  ],
  countries: [
    { country: 'CN', share: 0.95 },
    { country: 'JP', share: 0.5 },
    { country: 'FR', share: 0 },
  ],
  single_points_of_failure: ['c'],
  single_points_of_failure_detail: [{ id: 'c', name: 'Gamma mine', country: 'AU', targets: 1, cuts_share: 0.1, all_targets: false }],
};

describe('chokepointRows', () => {
  it('ranks the facilities and marks the single points of failure', () => {
    const rows = chokepointRows(result);
    expect(rows.map((r) => [r.rank, r.name, r.stageLabel, r.countryName, r.share])).toEqual([
      [1, 'Alpha metal', 'Metal', 'China', 0.9],
      [2, 'Beta magnet', 'Magnet', 'Japan', 0.5],
      [3, 'Gamma mine', 'Mine', 'Australia', 0.1],
    ]);
    expect(rows[2]!.spof).toEqual({ targets: 1, allTargets: false, cutsShare: 0.1 });
    expect(rows[0]!.spof).toBeNull();
  });

  it('lists a single point of failure even below the cut-off', () => {
    expect(chokepointRows(result, 1).map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('countryChokepoints', () => {
  it('names the countries with a share, largest first', () => {
    expect(countryChokepoints(result)).toEqual([
      { country: 'CN', name: 'China', share: 0.95 },
      { country: 'JP', name: 'Japan', share: 0.5 },
    ]);
  });
});
