// Accessibility: axe-core (WCAG 2.x A and AA rules) on every view of the sample workspace,
// with no serious or critical violation; the same walk as the egress check (pages/tour.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { LodestoneApp } from './pages/app';
import { WCAG_TAGS } from './pages/axe';
import { visitEveryView } from './pages/tour';

test('no serious or critical axe violation on any view', async ({ page, host, request }) => {
  test.setTimeout(120_000);
  await callApi(request, host.url, 'workspace.loadSample', {});
  const app = new LodestoneApp(page);
  await app.open(host);

  const problems: string[] = [];
  let checked = 0;
  await visitEveryView(app, async (view) => {
    const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(passes.length, `axe ran on ${view}`).toBeGreaterThan(0);
    checked += 1;
    for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      const nodes = v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ').trim()})`);
      problems.push(`${view}: ${v.impact} ${v.id}: ${v.help}\n    ${nodes.join('\n    ')}`);
    }
  });
  expect(checked).toBeGreaterThanOrEqual(17);
  expect(problems).toEqual([]);
});
