import { describe, expect, it } from 'vitest';
import type { CheckFinding, DataCheck, DataChecksResult } from '../../../../db/model/checks';
import { checkGroups, GROUP_ROWS, noticeCounts } from './checks';

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
