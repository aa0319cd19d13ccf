// The network diagram: shows the workspace, follows edits and the shared selection,
// filters into the status bar, draws new flows, exports images, shows names as text, haloes
// what the data checks warn about.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';
import { LodestoneApp } from './pages/app';
import { callApi, seedSmallChain } from './pages/api';
import { Diagram } from './pages/diagram';

/** The small seeded chain, the app open on it, and the diagram view shown. */
async function openSeededDiagram(page: Page, host: Host, request: APIRequestContext) {
  const chain = await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const diagram = new Diagram(page);
  await diagram.open();
  return { chain, app, diagram };
}

test('the diagram shows the chain; a filter hides nodes and the status bar says so', async ({ page, host, request }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
  });
  const { app, diagram } = await openSeededDiagram(page, host, request);
  await diagram.expectCounts(3, 2);
  await app.expectCounts([3, 3], [2, 2]);

  await diagram.filterBy('country', 'CN');
  await diagram.expectCounts(2, 1);
  await app.expectCounts([2, 3], [1, 2]);

  await diagram.filters.getByRole('button', { name: 'Clear filters' }).click();
  await diagram.expectCounts(3, 2);
  await app.expectCounts([3, 3], [2, 2]);
  // Back on a table, the status bar counts the table again.
  await app.goTo('Facilities');
  await app.expectCounts([3, 3], [2, 2]);
  expect(refused).toEqual([]);
});

test('a minimum confidence keeps every facility and only the flows one trusts', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  await callApi(request, host.url, 'flows.update', { id: chain.flows[0]!.id, changes: { confidence: 'high' } });
  const app = new LodestoneApp(page);
  await app.open(host);
  const diagram = new Diagram(page);
  await diagram.open();
  await diagram.filterBy('confidence', 'high');
  await diagram.expectCounts(3, 1);
  await app.expectCounts([3, 3], [1, 2]);
  // medium or better: the other flow is medium (the default)
  await diagram.filterBy('confidence', 'medium');
  await diagram.expectCounts(3, 2);
});

test('selection is shared: a table row selects the node, a node opens in the inspector', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.select('Beta Metal');
  const diagram = new Diagram(page);
  await diagram.open();
  await expect.poll(() => diagram.isSelected(chain.beta.id)).toBe(true);
  await expect(app.inspector.title).toHaveText('Beta Metal');

  await diagram.clickNode(chain.gamma.id);
  await expect(app.inspector.title).toHaveText('Gamma Magnet');
  await expect.poll(() => diagram.isSelected(chain.beta.id)).toBe(false);
  await app.goTo('Facilities');
  await expect(app.facilities.selectedRow).toContainText('Gamma Magnet');
});

test('an edit in the inspector changes the label on the canvas', async ({ page, host, request }) => {
  const { chain, app, diagram } = await openSeededDiagram(page, host, request);
  await diagram.clickNode(chain.alpha.id);
  await expect(app.inspector.title).toHaveText('Alpha Separation');
  await app.inspector.fill('Name', 'Alpha Refinery');
  await app.inspector.save();
  await expect.poll(() => diagram.label(chain.alpha.id)).toBe('Alpha Refinery');
});

test('an edit the chain layout does not read (an operator) is shown without laying the chain out again; a new stage is', async ({ page, host, request }) => {
  const { chain, app, diagram } = await openSeededDiagram(page, host, request);
  const layoutPasses = () => page.evaluate(() => performance.getEntriesByName('diagram:layout').length);
  await diagram.clickNode(chain.alpha.id);
  await expect(app.inspector.title).toHaveText('Alpha Separation');
  const before = await layoutPasses();
  await app.inspector.fill('Operator', 'Someone else');
  await app.inspector.save();
  await expect(app.undoButton).toHaveAccessibleName(/^Undo Edit facility/);
  await expect(await diagram.hoverNode(chain.alpha.id)).toContainText('Operator: Someone else');
  expect(await layoutPasses()).toBe(before);

  await app.inspector.select('Stage', 'concentrator');
  await app.inspector.save();
  await expect.poll(layoutPasses).toBe(before + 1);
});

test('dragging from one facility to another creates a flow', async ({ page, host, request }) => {
  const { chain, app, diagram } = await openSeededDiagram(page, host, request);
  await diagram.toggleDrawMode();
  await diagram.dragBetween(chain.alpha.id, chain.gamma.id);
  await expect(app.inspector.title).toHaveText('New flow');
  await expect(app.inspector.field('From facility')).toHaveValue(/Alpha Separation/);
  await expect(app.inspector.field('To facility')).toHaveValue(/Gamma Magnet/);
  await app.inspector.choose('Material', 'NdPr');
  await app.inspector.fill('Volume (t/yr)', '250');
  await app.inspector.create();
  await diagram.expectCounts(3, 3);
  const flows = await callApi(request, host.url, 'flows.list', {});
  expect(flows).toHaveLength(3);
  expect(flows.some((f) => f.from_id === chain.alpha.id && f.to_id === chain.gamma.id && f.volume_t === 250)).toBe(true);
});

test('the view exports as non-empty PNG and SVG images', async ({ page, host, request }) => {
  const { diagram } = await openSeededDiagram(page, host, request);
  await diagram.expectCounts(3, 2);

  const png = await readFile((await (await diagram.exportAs('PNG')).path())!);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.length).toBeGreaterThan(2000);

  const svg = (await readFile((await (await diagram.exportAs('SVG')).path())!)).toString('utf8');
  expect(svg).toContain('<svg');
  expect(svg.length).toBeGreaterThan(500);
  expect(svg).toMatch(/<path|<rect|<polygon|<ellipse/);
});

test('a facility named like markup shows as text in the diagram', async ({ page, host, request }) => {
  const HOSTILE = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const f = await callApi(request, host.url, 'facilities.create', { name: HOSTILE, stage: 'mine', country: 'CN' });
  const app = new LodestoneApp(page);
  await app.open(host);
  const diagram = new Diagram(page);
  await diagram.open();
  await diagram.expectCounts(1, 0);
  expect(await diagram.label(f.id)).toBe(HOSTILE);
  const p = await diagram.nodePoint(f.id);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText(HOSTILE);
  await diagram.clickNode(f.id);
  await expect(app.inspector.title).toHaveText(HOSTILE);
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('Delete removes the selected facility (undoable); search finds and selects; the map layout draws the world', async ({ page, host, request }) => {
  const { chain, app, diagram } = await openSeededDiagram(page, host, request);

  await page.keyboard.press('Control+f');
  await expect(diagram.toolbar.getByRole('searchbox', { name: 'Find a facility' })).toBeFocused();
  await diagram.find('gamma');
  await expect(app.inspector.title).toHaveText('Gamma Magnet');
  await expect.poll(() => diagram.isSelected(chain.gamma.id)).toBe(true);

  await diagram.clickNode(chain.gamma.id);
  await page.keyboard.press('Delete');
  await expect(app.dialog.getByRole('heading')).toHaveText('Delete facility Gamma Magnet and its 1 flow?');
  await app.dialog.getByRole('button', { name: 'Delete' }).click();
  await diagram.expectCounts(2, 1);
  await app.expectCounts([2, 2], [1, 1]);
  await page.keyboard.press('Control+z');
  await diagram.expectCounts(3, 2);

  await diagram.toolbar.getByRole('combobox', { name: 'Layout' }).selectOption('map');
  await expect(page.getByTestId('diagram-map').locator('path').first()).toBeAttached();
  expect(await page.getByTestId('diagram-map').locator('path').count()).toBeGreaterThan(100);
  await diagram.expectCounts(3, 2);
});

test('a dragged node keeps its place after a reload; double-click adds a facility; Shift+click selects two for routes', async ({ page, host, request }) => {
  const { chain, app, diagram } = await openSeededDiagram(page, host, request);

  const before = await diagram.nodePoint(chain.beta.id);
  await page.mouse.move(before.x, before.y);
  await page.mouse.down();
  await page.mouse.move(before.x + 30, before.y + 90, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => (await callApi(request, host.url, 'diagram.positions', { layout: 'chain' })).map((p) => p.facility_id))
    .toEqual([chain.beta.id]);
  const stored = (await callApi(request, host.url, 'diagram.positions', { layout: 'chain' }))[0]!;
  await app.reload();
  await diagram.open();
  const model = await diagram.canvas.evaluate((el, id) => {
    const cy = (el as unknown as { _cyreg: { cy: { getElementById(i: string): { position(): { x: number; y: number } } } } })._cyreg.cy;
    return cy.getElementById(id).position();
  }, chain.beta.id);
  expect(model.x).toBeCloseTo(stored.x, 3);
  expect(model.y).toBeCloseTo(stored.y, 3);

  // Two facilities with Shift: every route between them lights up.
  await diagram.clickNode(chain.alpha.id);
  await diagram.clickNode(chain.gamma.id, true);
  await expect.poll(() => diagram.isSelected(chain.alpha.id)).toBe(true);
  await expect.poll(() => diagram.isSelected(chain.gamma.id)).toBe(true);
  await diagram.toolbar.getByRole('button', { name: 'Routes' }).click();
  await expect(diagram.toolbar.getByRole('button', { name: 'Routes' })).toHaveAttribute('aria-pressed', 'true');
  const classes = await diagram.canvas.evaluate((el, id) => {
    const cy = (el as unknown as { _cyreg: { cy: { getElementById(i: string): { classes(): string[] } } } })._cyreg.cy;
    return cy.getElementById(id).classes();
  }, chain.beta.id);
  expect(classes).toContain('highlighted');
  await diagram.toolbar.getByRole('button', { name: 'Routes' }).click();

  // Double-click on empty canvas: a new facility in the inspector.
  const box = (await diagram.canvas.boundingBox())!;
  await page.mouse.dblclick(box.x + 30, box.y + 30);
  await expect(app.inspector.title).toHaveText('New facility');
  await app.inspector.fill('Name', 'Delta Mine');
  await app.inspector.select('Stage', 'mine');
  await app.inspector.choose('Country', 'AU');
  await app.inspector.create();
  await diagram.expectCounts(4, 2);
  await expect.poll(async () => (await callApi(request, host.url, 'diagram.positions', { layout: 'chain' })).length).toBe(2);
});

test('the force layout arranges the chain (in a worker) and the view stays usable', async ({ page, host, request }) => {
  const { chain, app, diagram } = await openSeededDiagram(page, host, request);
  const before = await diagram.nodePoint(chain.gamma.id);
  await diagram.toolbar.getByRole('combobox', { name: 'Layout' }).selectOption('force');
  await expect(diagram.toolbar.getByRole('status')).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(async () => JSON.stringify(await diagram.nodePoint(chain.gamma.id))).not.toBe(JSON.stringify(before));
  await diagram.expectCounts(3, 2);
  await diagram.clickNode(chain.beta.id);
  await expect(app.inspector.title).toHaveText('Beta Metal');
});

test('stage names head every column of the sample chain without running into each other, fitted and zoomed in', async ({ page, host }) => {
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.loadSample();
  const diagram = new Diagram(page);
  await diagram.open();
  await diagram.expectCounts(72, 185);
  type Header = Awaited<ReturnType<Diagram['stageHeaders']>>[number];
  const touching = (headers: Header[]) =>
    headers.flatMap((a, i) => headers.slice(i + 1).filter((b) => Math.abs(a.top - b.top) < 2 && a.left < b.right && b.left < a.right).map((b) => `${a.text} / ${b.text}`));

  // Fitted: every column named, the side stages (stockpile and trader, recycler) on a second line.
  const columns = await diagram.root.getByTestId('diagram-stage-headers').locator('text').count();
  const fitted = await diagram.stageHeaders();
  expect(fitted).toHaveLength(columns);
  expect(touching(fitted)).toEqual([]);
  const mine = fitted.find((h) => h.text === 'Mine')!;
  const recycler = fitted.find((h) => /^Recycl/.test(h.text))!;
  expect(recycler.top).toBeGreaterThan(mine.bottom - 2);

  // Zoomed in on the middle of the chain: columns further apart, so full names where short ones were.
  const box = (await diagram.canvas.boundingBox())!;
  await diagram.zoomAt({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, 3);
  const zoomed = await diagram.stageHeaders();
  expect(touching(zoomed)).toEqual([]);
  expect(zoomed.map((h) => h.text)).toEqual(expect.arrayContaining(['Separation']));
});

test('the diagram haloes what the data checks warn about, follows edits and reviews, and the legend turns the haloes off', async ({ page, host, request }) => {
  await callApi(request, host.url, 'workspace.loadSample', {});
  const app = new LodestoneApp(page);
  await app.open(host);
  const diagram = new Diagram(page);
  await diagram.open();
  const CHALCO = 'fac-chalco-gallium';
  const legend = diagram.warningsLegend;
  const haloes = legend.getByRole('checkbox', { name: /^Open warning/ });

  // The sample's one warning: Chalco's gallium recovery ships what nothing brings in.
  await expect.poll(() => diagram.flaggedIds()).toEqual([CHALCO]);
  await expect(haloes).toBeChecked();
  await expect(legend).toHaveText('Open warning1');
  await expect(await diagram.hoverNode(CHALCO)).toContainText('Warning: Ships more than it receives');
  await expect(await diagram.hoverNode('fac-bayan-obo')).not.toContainText('Warning');

  // Closed, the plant no longer counts: its operating flow is left out of the analyses, and
  // Sumitomo's GaN wafers now come from gallium nothing brings in.
  await diagram.clickNode(CHALCO);
  await expect(app.inspector.title).toHaveText(/^Chalco Shandong/);
  await app.inspector.select('Status', 'closed');
  await app.inspector.save();
  await expect.poll(() => diagram.flaggedIds()).toEqual(['fac-sumitomo-chem-gan', 'flow-100-ga-metal']);
  await expect(legend).toHaveText('Open warning2');
  await app.undoButton.click();
  await expect.poll(() => diagram.flaggedIds()).toEqual([CHALCO]);

  // Reviewed in the inspector: no longer open, so no halo; undo brings it back.
  await app.inspector.finding('ships-more-than-receives').getByRole('button', { name: 'Mark reviewed: Ships more than it receives' }).click();
  const dialog = page.getByTestId('review-dialog');
  await dialog.getByLabel('Why is this right?').fill('By-product of alumina refining');
  await dialog.getByLabel('Why is this right?').press('Control+Enter');
  await expect.poll(() => diagram.flaggedIds()).toEqual([]);
  await expect(legend).toHaveText('Open warning0');
  await app.undoButton.click();
  await expect.poll(() => diagram.flaggedIds()).toEqual([CHALCO]);

  // Off from the legend (by keyboard), and on again.
  await haloes.focus();
  await page.keyboard.press('Space');
  await expect(haloes).not.toBeChecked();
  await expect.poll(() => diagram.flaggedIds()).toEqual([]);
  await expect(legend).toHaveText('Open warning');
  await haloes.check();
  await expect.poll(() => diagram.flaggedIds()).toEqual([CHALCO]);
});
