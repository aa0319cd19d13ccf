import { describe, expect, it } from 'vitest';
import type { CheckFinding, DataCheck, DataChecksResult } from '../../../../db/model/checks';
import { checkGroups, findingsAbout, GROUP_ROWS, noticeCounts, openWarnings, reviewedFindings } from './checks';

const finding = (check: DataCheck, id: string, severity: CheckFinding['severity']): CheckFinding => ({
  check, severity, record: { type: 'facility', id, name: id }, related: [], message: `${check} ${id}`, tonnes: null,
});

function result(findings: CheckFinding[]): DataChecksResult {
  const warning = findings.filter((f) => f.severity === 'warning').length;
  return { include_planned: false, checked: { facilities: 1, flows: 2 }, findings, counts: { warning, notice: findings.length - warning }, reviewed: { warning: 0, notice: 0 } };
}

describe('checkGroups', () => {
  const many = Array.from({ length: GROUP_ROWS + 3 }, (_, i) => finding('no-flows', `n${i}`, 'notice'));
  const value = result([finding('above-capacity', 'a', 'warning'), finding('ships-more-than-receives', 's', 'warning'), ...many]);

  it('groups findings in the order of the checks, with their title, why and amount heading', () => {
    const groups = checkGroups(value, { notices: true, expanded: new Set() });
    expect(groups.map((g) => [g.check, g.severity, g.total])).toEqual([
      ['ships-more-than-receives', 'warning', 1],
      ['above-capacity', 'warning', 1],
      ['no-flows', 'notice', GROUP_ROWS + 3],
    ]);
    expect(groups[0]).toMatchObject({ title: 'Ships more than it receives', amount: 'Excess' });
    expect(groups[2]!.amount).toBeUndefined();
  });

  it('lists the first rows of a long group until it is expanded, and hides notices when asked', () => {
    expect(checkGroups(value, { notices: true, expanded: new Set() })[2]!.shown).toHaveLength(GROUP_ROWS);
    expect(checkGroups(value, { notices: true, expanded: new Set(['no-flows']) })[2]!.shown).toHaveLength(GROUP_ROWS + 3);
    expect(checkGroups(value, { notices: false, expanded: new Set() }).map((g) => g.check)).toEqual(['ships-more-than-receives', 'above-capacity']);
  });
});

describe('noticeCounts', () => {
  it('counts the notices of each check in the order of the checks, leaving warnings out', () => {
    const value = result([finding('same-name', 'x', 'notice'), finding('no-flows', 'a', 'notice'), finding('no-flows', 'b', 'notice'), finding('above-capacity', 'c', 'warning')]);
    expect(noticeCounts(value)).toEqual([
      { title: 'No flows', count: 2 },
      { title: 'Same name as another facility', count: 1 },
    ]);
  });
});

describe('reviewed findings', () => {
  const review = (changed: boolean) => ({ id: 'r', revision: 1, note: 'Known', at: '2026-11-23T10:00:00.000Z', tonnes: 5, changed });
  const held = { ...finding('ships-more-than-receives', 'held', 'warning'), review: review(false) };
  const moved = { ...finding('ships-more-than-receives', 'moved', 'warning'), review: review(true) };
  const notice = { ...finding('no-flows', 'quiet', 'notice'), review: review(false) };
  const value = result([held, moved, finding('ships-more-than-receives', 'open', 'warning'), notice, finding('no-flows', 'n', 'notice')]);

  it('leaves findings under a review that holds out of the groups and the notice counts; one whose figure moved stays open', () => {
    const groups = checkGroups(value, { notices: true, expanded: new Set() });
    expect(groups.map((g) => [g.check, g.total, g.findings.map((f) => f.record.id)])).toEqual([
      ['ships-more-than-receives', 2, ['moved', 'open']],
      ['no-flows', 1, ['n']],
    ]);
    expect(noticeCounts(value)).toEqual([{ title: 'No flows', count: 1 }]);
  });

  it('lists the reviewed findings apart, in the order of the findings', () => {
    expect(reviewedFindings(value).map((f) => f.record.id)).toEqual(['held', 'quiet']);
  });

  it('gives each record with an open warning its warnings’ titles: not notices, not warnings under a review that holds', () => {
    const flow = { ...finding('flow-end-not-counted', 'fl', 'warning'), record: { type: 'flow' as const, id: 'fl', name: 'a → b (oxide)' } };
    const flagged = openWarnings(result([held, moved, finding('above-capacity', 'moved', 'warning'), notice, finding('no-flows', 'n', 'notice'), flow]));
    expect([...flagged]).toEqual([
      ['moved', ['Ships more than it receives', 'Above its capacity']],
      ['fl', ['Flow left out: an end does not count']],
    ]);
  });

  it('lists the findings about one record, open before reviewed, and none about another', () => {
    const about = result([
      { ...finding('ships-more-than-receives', 'x', 'warning'), review: review(false) },
      finding('no-flows', 'y', 'notice'),
      finding('above-capacity', 'x', 'warning'),
      { ...finding('same-name', 'x', 'notice'), review: review(true) },
    ]);
    expect(findingsAbout(about, 'x').map((f) => f.check)).toEqual(['above-capacity', 'same-name', 'ships-more-than-receives']);
    expect(findingsAbout(about, 'z')).toEqual([]);
  });
});
