// The Analysis page on the sample workspace: dependence by stage tells domain.md's story
// (the F-35's material passed through Chinese separation and metal plants), the
// concentration table marks separation above HHI 1,800, a chokepoint opens in the diagram
// with its chain in focus, the China export-ban scenario shows the prime short within six
// months, and a bad scenario is refused beside its field. Names stay text everywhere.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';
import { LodestoneApp } from './pages/app';
import { AnalysisPage } from './pages/analysis';
import { callApi, seedSmallChain } from './pages/api';
import { BulkEditor } from './pages/bulk';
import { Diagram } from './pages/diagram';

const F35 = 'fac-lockheed-fort-worth';
const F35_NAME = 'Lockheed Martin F-35 final assembly (Fort Worth)';
const BAOTOU_METAL = 'China Northern Rare Earth metal plant (Baotou)';

/** The sample loaded through the API, the app open on the Analysis page; CSP refusals collected. */
async function openSampleAnalysis(page: Page, host: Host, request: APIRequestContext) {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
  });
  await callApi(request, host.url, 'workspace.loadSample', {});
  const app = new LodestoneApp(page);
  await app.open(host);
  const analysis = new AnalysisPage(page);
  await analysis.open();
  return { app, analysis, refused };
}

/** The scenarios saved during a test: the sample's own (assets/sample/scenarios.json, ids "scn-…") left out. */
async function scenariosSaved(request: APIRequestContext, host: Host) {
  return (await callApi(request, host.url, 'scenarios.list', {})).filter((s) => !s.id.startsWith('scn-'));
}

test('dependence by stage: the F-35 material passed through Chinese separation and metal plants', async ({ page, host, request }) => {
  const { analysis, refused } = await openSampleAnalysis(page, host, request);
  // Default targets: every OEM.
  await expect(analysis.root.getByRole('list', { name: 'Target facilities' })).toHaveText(/All OEMs \(9\)/);
  await expect(analysis.leaderStrip).toContainText('Through China');

  await analysis.addTarget(F35_NAME);
  await expect(analysis.panel.getByRole('heading', { level: 2 })).toContainText([F35_NAME]);
  await analysis.settled();
  // China: 80% at separation and 81% at metal, though only 56% of the ore was mined there.
  await expect(analysis.leaderStrip).toHaveText(/Through China:.*Mine\s*56%.*Separation\s*80%.*Metal\s*81%/);
  // The chart draws the same figures (ECharts, SVG text), with China in the diagram's red.
  await expect(analysis.dependenceChart.locator('svg text', { hasText: '80%' })).toHaveCount(1);
  await expect(analysis.dependenceChart.locator('svg text', { hasText: 'China' }).first()).toBeVisible();
  await expect(analysis.dependenceChart.locator('path[fill="#C8102E"], path[fill="#c8102e"]').first()).toBeAttached();
  // The figures table says it in words, stage by stage.
  await analysis.panel.getByText('Figures').click();
  const table = analysis.panel.getByRole('table', { name: 'Share of inbound by stage and country' });
  await expect(table.locator('tr[data-stage="separation"] td').first()).toContainText('China 79.7%');
  await expect(table.locator('tr[data-stage="metal"] td').first()).toContainText('China 81.2%');
  // What did not pass through a stage is said, not left as a short bar: a quarter of the ore
  // went from mine to separation without a concentrator, and most metal skipped an alloy maker.
  await expect(table.locator('tr[data-stage="concentrator"] td').last()).toHaveText('28.7%');
  await expect(table.locator('tr[data-stage="alloy"] td').last()).toHaveText('73.5%');
  await expect(table.locator('tr[data-stage="metal"] td').last()).toHaveText('–');
  await expect(analysis.dependenceChart.locator('svg text', { hasText: 'Not through this stage' })).toHaveCount(1);
  await expect(analysis.dependenceChart.locator('svg text', { hasText: /^74%$/ })).toHaveCount(1);
  // Routes: the Sankey and the list, largest first (China to Japan to the US).
  await expect(analysis.sankey.locator('svg')).toBeVisible();
  await expect(analysis.panel.getByRole('list', { name: 'Largest routes' }).getByRole('listitem').first()).toHaveText(
    /17\.8%.*China mine → China concentrator → China separation → China metal → Japan magnet → United States component/,
  );

  // By controlling owner the figures change (ownership differs from location) and stay coherent.
  await analysis.countriesBy('Controlling owner');
  await expect(analysis.panel.getByText(/countries by controlling-owner country/)).toBeVisible();
  await analysis.settled();
  await expect(analysis.leaderStrip).toContainText('Through China');
  expect(refused).toEqual([]);
});

test('the dependence figures say how much of the material rests on weak records, and follow a confidence set on many at once', async ({ page, host, request }) => {
  const { app, analysis, refused } = await openSampleAnalysis(page, host, request);
  await analysis.addTarget(F35_NAME);
  await analysis.settled();
  // The sample's flows into the F-35 (Moog, Honeywell, BAE, Northrop) are low confidence.
  const evidence = analysis.panel.getByTestId('evidence');
  await expect(evidence).toHaveText(
    'Resting on: 100.0% of this material passed through a facility or flow recorded with less than high confidence, 100.0% through one of low confidence.',
  );
  // Which ones: Moog's plant and its flow carry half of it, the Baotou plants over 40% each.
  const weakest = analysis.panel.getByRole('list', { name: 'Weak records carrying the most:' }).getByRole('listitem');
  await expect(weakest).toHaveCount(5);
  await expect(weakest.nth(0)).toHaveText('Moog actuation systems (East Aurora) (facility, low) 51.8%');
  await expect(weakest.nth(2)).toContainText('China Northern Rare Earth metal plant (Baotou) (facility, low) 43.7%');
  // Each opens in its table, the inspector on it, to check its sources and confidence.
  await weakest.nth(1).getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Flows' })).toBeVisible();
  await expect(app.flows.selectedRow).toContainText('Moog actuation systems');
  await expect(app.inspector.field('Confidence')).toHaveValue('low');

  // Every flow and facility confirmed (high) in the tables, all at once: the figure follows.
  const bulk = new BulkEditor(page);
  for (const view of ['Flows', 'Facilities'] as const) {
    await app.goTo(view);
    await (view === 'Flows' ? app.flows : app.facilities).focus();
    await page.keyboard.press('Control+a');
    await bulk.set('Confidence', 'high');
    await bulk.apply();
    await expect(app.notice(view === 'Flows' ? 'Set Confidence to High on 185 flows' : 'Set Confidence to High on 72 facilities')).toBeVisible();
  }
  await analysis.open();
  await analysis.settled();
  await expect(evidence).toHaveText('Resting on: Every facility and flow this material passed through is recorded with high confidence.');
  await expect(weakest).toHaveCount(0);

  // Moog's flow into the F-35 back to medium: 32 of its 62.6 t/yr, about half the material.
  await app.goTo('Flows');
  await app.flows.filter('Moog actuation');
  await app.flows.select(/Lockheed Martin F-35/);
  await app.inspector.select('Confidence', 'medium');
  await app.inspector.save();
  await analysis.open();
  await analysis.settled();
  await expect(evidence).toHaveText(/^Resting on: 51\.1% of this material passed through a facility or flow recorded with less than high confidence; none through one of low confidence\.$/);
  await expect(weakest).toHaveText(['Moog actuation systems (East Aurora) → Lockheed Martin F-35 final assembly (Fort Worth) (flow, medium) 51.1%']);
  expect(refused).toEqual([]);
});

test('concentration: separation is highly concentrated (HHI above 1,800), mining vs whole chain side by side', async ({ page, host, request }) => {
  const { analysis, refused } = await openSampleAnalysis(page, host, request);
  await analysis.tab('Concentration');
  const separation = analysis.concentrationRow('separation');
  await expect(separation).toContainText('China');
  await expect(separation).toContainText('91.5%');
  await expect(separation.locator('.hhi-value')).toHaveText('8,411');
  await expect(separation.getByText('Highly concentrated')).toBeVisible();

  // Throughput basis: other numbers, still marked.
  await analysis.panel.getByText('Throughput', { exact: true }).click();
  await expect(analysis.concentrationRow('separation').locator('.hhi-value')).toHaveText('7,117');
  await expect(analysis.concentrationRow('separation').getByText('Highly concentrated')).toBeVisible();

  const compare = analysis.panel.getByRole('table', { name: 'Mining only vs whole chain' });
  await expect(compare.locator('tr[data-country="CN"]')).toContainText(/64\.5%.*94\.1%.*Metal/);
  expect(refused).toEqual([]);
});

test('clicking a chokepoint opens the diagram with it selected and its chain in focus', async ({ page, host, request }) => {
  const { app, analysis } = await openSampleAnalysis(page, host, request);
  await analysis.tab('Chokepoints');
  const first = analysis.chokepointTable.locator('tbody tr').first();
  await expect(first).toContainText(BAOTOU_METAL);
  await expect(first).toContainText('51.2%');
  await expect(analysis.chokepointTable.getByText('Single point of failure').first()).toBeVisible();
  await expect(analysis.panel.getByRole('table', { name: 'Countries' }).locator('tr[data-country="CN"]')).toContainText('97.2%');

  const metalId = (await first.getAttribute('data-id'))!;
  await first.getByRole('button', { name: BAOTOU_METAL }).click();
  const diagram = new Diagram(page);
  await expect(diagram.root).toBeVisible();
  await expect(app.inspector.title).toHaveText(BAOTOU_METAL);
  await expect.poll(() => diagram.isSelected(metalId)).toBe(true);
  await expect(diagram.toolbar.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'true');
  // Focus highlights the plant's chain (the F-35 assembly is downstream) and dims the rest
  // (the Qorvo gallium radar line takes nothing from it).
  const classOf = (nodeId: string) =>
    diagram.canvas.evaluate((el, i) => {
      const cy = (el as unknown as { _cyreg: { cy: { getElementById(i: string): { hasClass(c: string): boolean } } } })._cyreg.cy;
      const n = cy.getElementById(i);
      return n.hasClass('highlighted') ? 'highlighted' : n.hasClass('dimmed') ? 'dimmed' : 'plain';
    }, nodeId);
  await expect.poll(() => classOf(F35)).toBe('highlighted');
  await expect.poll(() => classOf('fac-qorvo-richardson')).toBe('dimmed');

  // Back on the Analysis page, the Chokepoints tab is still open.
  await analysis.open();
  await expect(analysis.root.getByRole('tab', { name: 'Chokepoints' })).toHaveAttribute('aria-selected', 'true');
});

test('the China export-ban scenario: created from the preset, run, the F-35 prime short within six months; undoable', async ({ page, host, request }) => {
  const { app, analysis, refused } = await openSampleAnalysis(page, host, request);
  await analysis.tab('Scenarios');
  await analysis.scenarioList.getByRole('button', { name: 'China bans exports' }).click();
  await expect(analysis.editor.getByLabel('Name', { exact: true })).toHaveValue('China stops all rare-earth exports from month 1');
  await expect(analysis.disruption(1).getByLabel('Kind')).toHaveValue('country');
  await expect(analysis.disruption(1).getByRole('combobox', { name: 'Country' })).toHaveValue('China (CN)');
  await analysis.save();
  await expect(analysis.scenarioList.getByRole('button', { name: /China stops all rare-earth exports/ })).toHaveAttribute('aria-current', 'true');
  const saved = await scenariosSaved(request, host);
  expect(saved.map((s) => s.name)).toEqual(['China stops all rare-earth exports from month 1']);
  expect(saved[0]!.disruptions).toEqual([{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }]);

  await analysis.run();
  await analysis.settled();
  const f35 = analysis.shortfallRow(F35);
  await expect(f35).toContainText(F35_NAME);
  await expect(f35.locator('.months-cell')).toHaveText('5');
  await expect(f35).toContainText('38 t');
  // Soonest first: the radar lines (gallium) stop in month 1, before the F-35 (month 5).
  const months = await analysis.shortfallTable.locator('tbody .months-cell').allTextContents();
  const numbers = months.map((m) => (/^\d+$/.test(m) ? Number(m) : Infinity));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(numbers[0]).toBe(1);
  await expect(analysis.panel.getByTestId('scenario-summary')).toContainText(/fall below half their supply within 6 months/);
  await expect(analysis.supplyChart.locator('svg text', { hasText: 'Shortfall below 50%' })).toHaveCount(1);

  // Rename, then undo the rename with Ctrl+Z (the editor follows the saved scenario).
  await analysis.editor.getByLabel('Name', { exact: true }).fill('Embargo');
  await analysis.save();
  await expect(analysis.scenarioList.getByRole('button', { name: /^Embargo/ })).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Analysis' }).click();
  await page.keyboard.press('Control+z');
  await expect(app.notice(/Undone/)).toBeVisible();
  await expect(analysis.scenarioList.getByRole('button', { name: /China stops all rare-earth exports/ })).toBeVisible();
  await expect(analysis.editor.getByLabel('Name', { exact: true })).toHaveValue('China stops all rare-earth exports from month 1');

  // Delete, and bring it back with Ctrl+Z.
  await analysis.editor.getByRole('button', { name: 'Delete' }).click();
  await expect(analysis.scenarioList.getByRole('button', { name: /China stops all/ })).toHaveCount(0);
  await page.getByRole('heading', { level: 1, name: 'Analysis' }).click();
  await page.keyboard.press('Control+z');
  await expect(analysis.scenarioList.getByRole('button', { name: /China stops all/ })).toBeVisible();
  expect(refused).toEqual([]);
});

test('a planned magnet plant coming online in the ban scenario delays the F-35 shortfall by a month, compared with the ban alone', async ({ page, host, request }) => {
  const { analysis, refused } = await openSampleAnalysis(page, host, request);
  await analysis.tab('Scenarios');
  // The ban alone, saved to compare with.
  await analysis.scenarioList.getByRole('button', { name: 'China bans exports' }).click();
  await analysis.save();
  await expect.poll(async () => (await scenariosSaved(request, host)).length).toBe(1);

  await analysis.scenarioList.getByRole('button', { name: 'China bans exports' }).click();
  await analysis.editor.getByLabel('Name', { exact: true }).fill('Ban, with USA Rare Earth online');
  await analysis.editor.getByRole('button', { name: 'Add a disruption' }).click();
  const d = analysis.disruption(2);
  await d.getByLabel('Kind').selectOption('online');
  await expect(d.getByLabel('Share of recorded volumes')).toHaveValue('1');
  const facility = d.getByRole('combobox', { name: 'Facility' });
  // Only planned and under-construction facilities can come online.
  await facility.fill('Lockheed');
  await expect(d.getByText('No matches')).toBeVisible();
  await facility.fill('USA Rare Earth');
  await expect(d.getByRole('option', { name: /USA Rare Earth magnet plant \(Stillwater\).*planned/ })).toBeVisible();
  await facility.press('Enter');
  await d.getByLabel('Online from month').fill('1');
  await analysis.save();
  await expect
    .poll(async () => (await scenariosSaved(request, host)).find((s) => s.name.startsWith('Ban, with'))?.disruptions[1])
    .toEqual({ kind: 'online', id: 'fac-usa-rare-earth-stillwater', fraction: 1, start_month: 1 });

  await analysis.run();
  await analysis.settled();
  await expect(analysis.panel.getByTestId('scenario-openings')).toHaveText('Coming online: USA Rare Earth magnet plant (Stillwater) in month 1');
  // Without it the F-35 line falls below half in month 5, 38 t short (the test above).
  const f35 = analysis.shortfallRow(F35);
  await expect(f35.locator('.months-cell')).toHaveText('6');
  await expect(f35).toContainText('31 t');

  // Beside the ban alone: its figures in the last two columns, its lines dashed (so far only the 50% mark is).
  const dashed = analysis.supplyChart.locator('path[stroke-dasharray]');
  const dashedAlone = await dashed.count();
  await analysis.panel.getByLabel('Compare with').selectOption({ label: 'China stops all rare-earth exports from month 1' });
  await expect(analysis.panel.getByTestId('scenario-compared')).toContainText('Compared with “China stops all rare-earth exports from month 1”');
  await expect(f35.locator('.compared-months')).toHaveText('5');
  await expect(f35.locator('td').last()).toHaveText('38 t');
  await expect.poll(() => dashed.count()).toBeGreaterThan(dashedAlone);
  await analysis.panel.getByLabel('Compare with').selectOption({ label: 'No other scenario' });
  await expect(f35.locator('.compared-months')).toHaveCount(0);
  // Opening a saved scenario runs it as saved: nothing says it was edited since.
  await analysis.scenarioList.getByRole('button', { name: /^China stops all rare-earth exports from month 1/ }).click();
  await expect(f35.locator('.months-cell')).toHaveText('5');
  await expect(analysis.panel.getByText(/Edited since this run/)).toHaveCount(0);
  await analysis.scenarioList.getByRole('button', { name: /^Ban, with USA Rare Earth online/ }).click();
  await expect(f35.locator('.months-cell')).toHaveText('6');

  await analysis.panel.getByLabel(/Every facility that runs short/).check();
  await expect(analysis.panel.getByText(/Edited since this run/)).toHaveCount(0);
  // The plant itself is listed (its supplier in Britain loses a little Chinese feed), marked as new.
  await expect(analysis.shortfallRow('fac-usa-rare-earth-stillwater').getByRole('rowheader')).toHaveText(/^USA Rare Earth magnet plant \(Stillwater\)online from month 1$/);
  expect(refused).toEqual([]);
});

test('China bans heavy rare-earth exports to two named primes: every heavy material in one click, then the primes reached through their suppliers', async ({ page, host, request }) => {
  const { analysis, refused } = await openSampleAnalysis(page, host, request);
  await analysis.tab('Scenarios');
  await analysis.scenarioList.getByRole('button', { name: 'New scenario' }).click();
  await analysis.editor.getByLabel('Name', { exact: true }).fill('China bans heavy rare-earth exports');
  const d = analysis.disruption(1);
  const country = d.getByRole('combobox', { name: 'Country' });
  await country.fill('China');
  await country.press('Enter');
  const chips = d.getByRole('list', { name: 'Materials' }).getByRole('listitem');
  await expect(chips).toHaveText(['All materials']);
  await d.getByRole('button', { name: 'Add the 9 heavy rare-earth materials (Y, Gd to Lu)' }).click();
  await expect(chips).toHaveCount(9);
  await expect(chips.filter({ hasText: 'NdFeB magnet' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'NdPr oxide' })).toHaveCount(0);
  await expect(d.getByRole('button', { name: 'Every heavy rare-earth material is in' })).toBeDisabled();
  // One taken away can be put back the same way.
  await d.getByRole('button', { name: 'Remove Tb oxide' }).click();
  await d.getByRole('button', { name: 'Add the 1 heavy rare-earth material (Y, Gd to Lu)' }).click();
  await expect(chips).toHaveCount(9);

  // To the two primes: China ships them nothing directly, and the editor says so...
  const to = d.getByRole('combobox', { name: 'To facilities' });
  for (const prime of ['Lockheed Martin F-35', 'Raytheon missile production']) {
    await to.fill(prime);
    await to.press('Enter');
  }
  const destinations = d.getByRole('list', { name: 'To facilities' }).getByRole('listitem');
  await expect(destinations).toHaveCount(2);
  await expect(d.getByTestId('ban-reach-note')).toHaveText(
    'No flow from China goes to them directly, so this cuts nothing; add their suppliers to reach them through other countries.',
  );
  // ...and offers the facilities upstream of them that import heavy rare earths from China.
  await d.getByRole('button', { name: 'Add their 10 suppliers importing from China' }).click();
  await expect(destinations).toHaveCount(12);
  await expect(destinations.filter({ hasText: 'TDK magnet plant' })).toHaveCount(1);
  await expect(d.getByTestId('ban-reach-note')).toHaveCount(0);
  await expect(d.getByRole('button', { name: /^Add their/ })).toHaveCount(0);

  await analysis.save();
  await expect
    .poll(async () => (await scenariosSaved(request, host))[0]?.disruptions[0])
    .toMatchObject({
      kind: 'country',
      country: 'CN',
      materials: ['mat-dy-metal', 'mat-dy-oxide', 'mat-ionic-hre-conc', 'mat-motor-actuator', 'mat-ndfeb-alloy', 'mat-ndfeb-magnet', 'mat-re-scrap', 'mat-tb-metal', 'mat-tb-oxide'],
      to_facilities: expect.arrayContaining([F35, 'fac-raytheon-tucson', 'fac-tdk-akita']),
    });
  await analysis.run();
  await analysis.settled();
  // Light rare earths still flow: the F-35 keeps over half its supply all year (3.7 t short)...
  await expect(analysis.shortfallRow(F35).locator('.months-cell')).toHaveText('None in 12');
  await expect(analysis.shortfallRow(F35)).toContainText('3.7 t');
  // ...while Noveon, a US magnet maker whose Japanese suppliers lose their Chinese heavy rare earths, falls below half in month 6.
  await analysis.panel.getByLabel(/Every facility that runs short/).check();
  await expect(analysis.shortfallRow('fac-noveon-san-marcos').locator('.months-cell')).toHaveText('6');
  expect(refused).toEqual([]);
});

test('"China bans heavy rare earths" starts that ban to the facilities analysed; it cuts nothing until their suppliers are named', async ({ page, host, request }) => {
  const { analysis, refused } = await openSampleAnalysis(page, host, request);
  await analysis.addTarget(F35_NAME);
  await analysis.addTarget('Raytheon missile production (Tucson)');
  await analysis.tab('Scenarios');
  await analysis.scenarioList.getByRole('button', { name: 'China bans heavy rare earths' }).click();
  await expect(analysis.editor.getByLabel('Name', { exact: true })).toHaveValue(`China bans heavy rare-earth exports to ${F35_NAME} and Raytheon missile production (Tucson)`);
  await expect(analysis.editor.getByLabel('Notes')).toHaveValue(/^Cuts only what China ships to them directly/);
  const d = analysis.disruption(1);
  await expect(d.getByRole('combobox', { name: 'Country' })).toHaveValue('China (CN)');
  await expect(d.getByRole('list', { name: 'Materials' }).getByRole('listitem')).toHaveCount(9);
  await expect(d.getByRole('list', { name: 'To facilities' }).getByRole('listitem')).toHaveText([new RegExp(F35_NAME.replace(/[()]/g, '\\$&')), /Raytheon missile production \(Tucson\)/]);
  // The embargo as China declared it stops nothing here: the primes buy through other countries.
  await expect(d.getByTestId('ban-reach-note')).toBeVisible();
  await analysis.run();
  await analysis.settled();
  await expect(analysis.shortfallRow(F35).locator('.months-cell')).toHaveText('None in 12');
  await expect(analysis.shortfallRow(F35)).toContainText('0 t');
  // Reaching them through their suppliers costs the F-35 3.7 t over the year.
  await d.getByRole('button', { name: 'Add their 10 suppliers importing from China' }).click();
  await analysis.run();
  await analysis.settled();
  await expect(analysis.shortfallRow(F35)).toContainText('3.7 t');
  expect(refused).toEqual([]);
});

test('a scenario with fraction 1.5 shows the error beside the field and is not saved', async ({ page, host, request }) => {
  const { analysis } = await openSampleAnalysis(page, host, request);
  await analysis.tab('Scenarios');
  await analysis.scenarioList.getByRole('button', { name: 'New scenario' }).click();
  const d = analysis.disruption(1);
  const country = d.getByRole('combobox', { name: 'Country' });
  await country.fill('China');
  await country.press('Enter');
  const fraction = d.getByLabel('Fraction');
  await fraction.fill('1.5');
  await expect(fraction).toHaveAttribute('aria-invalid', 'true');
  await expect(fraction).toHaveAccessibleDescription('Fraction must be between 0 and 1');
  await analysis.save();
  await expect(fraction).toBeFocused();
  await expect(d.getByText('Fraction must be between 0 and 1')).toBeVisible();
  expect(await scenariosSaved(request, host)).toEqual([]);

  // End before start is refused the same way; fixing both saves.
  await fraction.fill('0.5');
  await d.getByLabel('Start month').fill('6');
  await d.getByLabel('End month').fill('2');
  await expect(d.getByText('End month 2 is before start month 6')).toBeVisible();
  await d.getByLabel('End month').fill('9');
  await analysis.save();
  await expect.poll(async () => (await scenariosSaved(request, host)).length).toBe(1);
});

test('names stay text in the analysis tables and charts', async ({ page, host, request }) => {
  const markup = '<img src=x onerror=alert(1)>';
  const chain = await seedSmallChain(request, host.url);
  const oem = await callApi(request, host.url, 'facilities.create', { name: markup, stage: 'oem', country: 'US' });
  await callApi(request, host.url, 'flows.create', { from_id: chain.gamma.id, to_id: oem.id, material_id: chain.material.id, volume_t: 100 });
  await callApi(request, host.url, 'flows.update', { id: chain.flows[1]!.id, changes: { status: 'operating' } });
  // Its twin, for the data checks' "same name" notice.
  await callApi(request, host.url, 'facilities.create', { name: markup, stage: 'oem', country: 'GB', status: 'closed' });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const app = new LodestoneApp(page);
  await app.open(host);
  const analysis = new AnalysisPage(page);
  await analysis.open();
  await expect(analysis.panel.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await analysis.tab('Scenarios');
  await analysis.scenarioList.getByRole('button', { name: 'New scenario' }).click();
  const d = analysis.disruption(1);
  await d.getByLabel('Kind').selectOption('facility');
  const facility = d.getByRole('combobox', { name: 'Facility' });
  await facility.fill('Alpha');
  await facility.press('Enter');
  await analysis.run();
  await expect(analysis.shortfallRow(oem.id).getByRole('rowheader')).toHaveText(markup);
  // Hovering the chart shows the ECharts tooltip, with the name as text.
  const box = (await analysis.supplyChart.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.chart-tooltip').getByText(markup)).toBeVisible();
  await expect(page.locator('.chart-tooltip img')).toHaveCount(0);

  await analysis.tab('Chokepoints');
  await expect(analysis.chokepointTable).toBeVisible();
  await analysis.tab('Checks');
  await expect(analysis.checkGroup('same-name').getByRole('rowheader')).toHaveText([markup, markup]);
  await expect(analysis.checkGroup('same-name').getByRole('row').nth(1)).toContainText(`Reads the same as "${markup}"`);
  // A review's note is text too, in the Reviewed list.
  await analysis.markReviewed(analysis.checkGroup('same-name').getByRole('row').nth(1), markup, markup);
  await analysis.reviewed.getByRole('button', { name: 'Show' }).click();
  await expect(analysis.reviewed.getByRole('row').nth(1)).toContainText(`${markup}Same name as another facility${markup} (`);
  await analysis.tab('Dependence');
  await expect(analysis.panel.getByRole('heading', { level: 2 }).first()).toContainText('All OEMs (1)');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('data checks: the sample’s gallium recovery counted as an origin, opened and mended, the checks following edits and undo', async ({ page, host, request }) => {
  const { app, analysis, refused } = await openSampleAnalysis(page, host, request);
  const CHALCO = 'Chalco Shandong alumina refinery gallium recovery (Zibo)';
  // The warning is counted on the tab whichever tab shows.
  await expect(analysis.checksBadge).toHaveText('1');
  await analysis.tab('Checks');
  await expect(analysis.checksSummary).toHaveText('1 warning and 3 notices in 72 facilities and 185 flows · operating records counted');
  await expect(analysis.checkGroups).toHaveCount(3);
  const origins = analysis.checkGroup('ships-more-than-receives');
  await expect(origins.getByRole('heading', { level: 2 })).toHaveText('Ships more than it receives');
  await expect(origins.getByRole('row').nth(1)).toHaveText(`${CHALCO}Ships 12 t/yr and receives nothing that counts: all of it counts as originating here.12 t/yrMark reviewed…`);
  await expect(analysis.checkGroup('no-flows').getByRole('row')).toHaveCount(3);

  // Its name opens it in its table, the inspector on it. Gallium recovered from alumina is
  // where that gallium starts: recorded as a mine, it is an origin as meant.
  await origins.getByRole('button', { name: CHALCO, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facilities' })).toBeVisible();
  await expect(app.inspector.title).toHaveText(CHALCO);
  await app.inspector.select('Stage', 'mine');
  await app.inspector.save();
  await expect(app.inspector.field('Stage')).toHaveValue('mine');

  await analysis.open();
  await expect(analysis.root.getByRole('tab', { name: /^Checks\b/ })).toHaveAttribute('aria-selected', 'true');
  await expect(analysis.checksSummary).toHaveText(/^0 warnings and 3 notices/);
  await expect(analysis.checksBadge).toHaveCount(0);
  await expect(origins).toHaveCount(0);
  await analysis.panel.getByLabel('Show notices').uncheck();
  await expect(analysis.checkGroups).toHaveCount(0);
  await expect(analysis.panel.locator('.analysis-message')).toHaveText('No open warning; the notices are hidden.');

  // Counting planned records: the Kalgoorlie plant's planned shipment takes it above capacity.
  await analysis.root.getByLabel('Count planned and under-construction facilities').check();
  await expect(analysis.checksSummary).toHaveText(/^1 warning and 1 notice in 72 facilities and 185 flows · operating, under construction and planned records counted$/);
  await expect(analysis.checkGroup('above-capacity').getByRole('row').nth(1)).toContainText(
    'Lynas Kalgoorlie rare earths processing facilityShips 16,500 t/yr of Mixed RE carbonate, 103% of its capacity of 16,000 t/yr.500 t/yr',
  );
  await expect(analysis.checksBadge).toHaveText('1');

  // Undo puts the stage back, and the warning with it.
  await app.undoButton.click();
  await expect(analysis.checksBadge).toHaveText('2');
  await expect(analysis.checkGroup('ships-more-than-receives').getByRole('button', { name: CHALCO, exact: true })).toBeVisible();
  expect(refused).toEqual([]);
});

test('data checks: a finding right as recorded is marked reviewed with a note and set aside, until undone, reopened or its figure moves', async ({ page, host, request }) => {
  const { app, analysis, refused } = await openSampleAnalysis(page, host, request);
  const CHALCO = 'Chalco Shandong alumina refinery gallium recovery (Zibo)';
  const WHY = 'Gallium recovered as a by-product of alumina refining: it does originate here.';
  await analysis.tab('Checks');
  await expect(analysis.checksBadge).toHaveText('1');
  const origins = analysis.checkGroup('ships-more-than-receives');

  // The dialog asks why; a blank note is refused there, and Ctrl+Enter marks it.
  await origins.getByRole('button', { name: `Mark reviewed: ${CHALCO}` }).click();
  await expect(analysis.reviewDialog.getByRole('heading')).toHaveText('Mark reviewed: Ships more than it receives');
  await expect(analysis.reviewDialog).toContainText(`${CHALCO}: Ships 12 t/yr and receives nothing that counts`);
  await analysis.reviewDialog.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(analysis.reviewDialog.getByRole('alert')).toHaveText('Say why the finding is right.');
  const note = analysis.reviewDialog.getByLabel('Why is this right?');
  await expect(note).toBeFocused();
  await note.fill(WHY);
  await note.press('Control+Enter');
  await expect(analysis.reviewDialog).toHaveCount(0);

  // Set aside: no open warning, the finding folded away under Reviewed with its note.
  await expect(analysis.checksBadge).toHaveCount(0);
  await expect(analysis.checksSummary).toHaveText('0 warnings and 3 notices in 72 facilities and 185 flows; 1 reviewed finding set aside · operating records counted');
  await expect(origins).toHaveCount(0);
  await expect(analysis.reviewed.getByRole('heading', { level: 2 })).toHaveText('Reviewed');
  await expect(analysis.reviewed.getByRole('table')).toHaveCount(0);
  await analysis.reviewed.getByRole('button', { name: 'Show' }).click();
  await expect(analysis.reviewed.getByRole('row').nth(1)).toContainText(`${CHALCO}Ships more than it receives${WHY}`);
  await expect(app.undoButton).toHaveAccessibleName(/^Undo Review "Ships more than it receives" of "Chalco Shandong/);

  // Undo opens it again; redo sets it aside again.
  await app.undoButton.click();
  await expect(analysis.checksBadge).toHaveText('1');
  await expect(analysis.reviewed).toHaveCount(0);
  await app.redoButton.click();
  await expect(analysis.checksBadge).toHaveCount(0);

  // Another program records more gallium shipped: the figure has moved, so the finding is open
  // again, showing the note it was reviewed with; reviewed again, the note comes filled in.
  const facilities = (await callApi(request, host.url, 'facilities.list', {})) as { id: string; name: string }[];
  const chalco = facilities.find((f) => f.name === CHALCO)!;
  const flows = (await callApi(request, host.url, 'flows.list', {})) as { id: string; from_id: string }[];
  await callApi(request, host.url, 'flows.update', { id: flows.find((f) => f.from_id === chalco.id)!.id, changes: { volume_t: 20 } });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(analysis.checksBadge).toHaveText('1');
  await expect(origins.getByTestId('review-moved')).toHaveText(new RegExp(`^Reviewed at 12 t/yr on \\d{4}-\\d{2}-\\d{2}, but the figure has moved since: “${WHY}”$`));
  await origins.getByRole('button', { name: `Mark reviewed: ${CHALCO}` }).click();
  await expect(analysis.reviewDialog.getByLabel('Why is this right?')).toHaveValue(WHY);
  await analysis.reviewDialog.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(analysis.checksBadge).toHaveCount(0);

  // Reopened, it counts again; the notices of a check can be marked together.
  await analysis.reviewed.getByRole('button', { name: 'Show' }).click();
  await analysis.reviewed.getByRole('button', { name: `Reopen: ${CHALCO}` }).click();
  await expect(analysis.checksBadge).toHaveText('1');
  await analysis.checkGroup('no-flows').getByRole('button', { name: 'Mark all 2 reviewed…' }).click();
  await expect(analysis.reviewDialog.getByRole('heading')).toHaveText('Mark 2 findings reviewed: No flows');
  await analysis.reviewDialog.getByLabel('Why is this right?').fill('Held in stock or not yet supplied');
  await analysis.reviewDialog.getByRole('button', { name: 'Mark 2 reviewed' }).click();
  await expect(analysis.checkGroup('no-flows')).toHaveCount(0);
  await expect(analysis.checksSummary).toHaveText(/^1 warning and 1 notice in 72 facilities and 185 flows; 2 reviewed findings set aside/);

  // The facility's history keeps every review of it, with its note.
  await origins.getByRole('button', { name: CHALCO, exact: true }).click();
  await expect(app.inspector.title).toHaveText(CHALCO);
  const history = await app.inspector.history();
  await expect(history.getByRole('listitem').filter({ hasText: 'Reopen "Ships more than it receives"' })).toContainText('“Ships more than it receives”: review removed');
  await expect(history.getByRole('listitem').filter({ hasText: 'reviewed again' })).toContainText(`“Ships more than it receives” reviewed again: ${WHY}`);
  await expect(history.getByRole('listitem').filter({ hasText: 'marked reviewed' })).toHaveCount(2); // marked, undone (listed as such), redone
  expect(refused).toEqual([]);
});
