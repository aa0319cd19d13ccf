// (b) Records created through the UI are in the workspace file: they survive a host restart.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';
import { callApi, seedSmallChain } from './pages/api';

test('creates a material, two facilities and a flow, and sees them after a restart', async ({ page, host }) => {
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.startEmpty();
  const ins = app.inspector;

  await app.goTo('Materials');
  await app.newRecord();
  await ins.fill('Name', 'NdPr oxide');
  await ins.select('Form', 'oxide');
  await ins.fill('Elements', 'Nd; Pr');
  await ins.fill('REO factor', '0.99');
  await ins.create();
  await expect(app.materials.row('NdPr oxide')).toBeVisible();

  await app.goTo('Facilities');
  await app.newRecord();
  await ins.fill('Name', 'Kuantan separation plant');
  await ins.select('Stage', 'separation');
  await ins.choose('Country', 'Malaysia');
  await expect(ins.field('Country')).toHaveValue('Malaysia (MY)');
  await ins.choose('Owner country', 'AU');
  await ins.fill('Operator', 'Lynas Rare Earths');
  await ins.fill('Capacity (t/yr)', '10,500');
  await ins.choose('Capacity material', 'NdPr');
  await ins.fill('Tags', 'heavy-re; non-china');
  await ins.create();
  const row = app.facilities.row('Kuantan separation plant');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Malaysia');
  await expect(row).toContainText('10,500');
  await expect(row).toHaveAttribute('aria-selected', 'true');

  await app.newRecord();
  await ins.fill('Name', 'Tokyo metal works');
  await ins.select('Stage', 'metal');
  await ins.choose('Country', 'Japan');
  // Enter in a text field saves.
  await ins.field('Name').press('Enter');
  await expect(app.facilities.row('Tokyo metal works')).toBeVisible();
  await app.expectCounts([2, 2], [0, 0]);

  await app.goTo('Flows');
  await app.newRecord();
  await ins.choose('From facility', 'Kuantan');
  await ins.choose('To facility', 'Tokyo');
  await ins.choose('Material', 'NdPr oxide');
  await ins.fill('Volume (t/yr)', '4,000');
  await ins.fill('Year', '2024');
  await ins.create();
  const flow = app.flows.row('Kuantan separation plant');
  await expect(flow).toContainText('Tokyo metal works');
  await expect(flow).toContainText('4,000');
  await app.expectCounts([2, 2], [1, 1]);

  await host.restart();
  await app.open(host);
  await app.expectCounts([2, 2], [1, 1]);
  await expect(app.facilities.row('Kuantan separation plant')).toContainText('Lynas Rare Earths');
  await app.goTo('Flows');
  await expect(app.flows.row('Kuantan separation plant')).toContainText('NdPr oxide');
});

test('edits a facility and links a source to it', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  await callApi(request, host.url, 'sources.create', { title: 'GAO-16-161 Rare earth materials', publisher: 'GAO', published: '2016-02' });
  const app = new LodestoneApp(page);
  await app.open(host);
  const ins = app.inspector;

  await app.facilities.select('Beta Metal');
  await ins.fill('Stock on hand (t)', '1250');
  await page.keyboard.press('Control+s');
  await expect(app.facilities.row('Beta Metal')).toContainText('1,250');

  const sources = ins.root.getByRole('region', { name: /^Sources/ });
  await ins.choose('Source to link', 'GAO');
  await sources.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(sources.getByRole('listitem').filter({ hasText: 'GAO-16-161' })).toBeVisible();

  await app.goTo('Sources');
  await expect(app.sources.row('GAO-16-161')).toContainText('1');
  await app.goTo('Facilities');
  await app.facilities.select('Beta Metal');
  await sources.getByRole('button', { name: 'Unlink source GAO-16-161 Rare earth materials' }).click();
  await expect(sources.getByText('No sources cited for this record yet.')).toBeVisible();
});

test('a record changed elsewhere while being edited reports a conflict and offers to reload', async ({ page, host, request }) => {
  const { gamma } = await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const ins = app.inspector;
  await app.facilities.select('Gamma Magnet');
  await ins.fill('Operator', 'Mine');

  // Another window changes the same facility.
  await callApi(request, host.url, 'facilities.update', { id: gamma.id, changes: { operator: 'Theirs' } });

  await ins.save();
  const banner = ins.root.getByRole('alert').filter({ hasText: 'was changed since you opened it' });
  await expect(banner).toBeVisible();
  await expect(ins.field('Operator')).toHaveValue('Mine');
  await banner.getByRole('button', { name: /^Reload latest/ }).click();
  await expect(ins.field('Operator')).toHaveValue('Theirs');
  await expect(banner).toBeHidden();
  await expect(app.facilities.row('Gamma Magnet')).toContainText('Theirs');
});

test('leaving a record with unsaved changes asks first', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const ins = app.inspector;
  await app.facilities.select('Gamma Magnet');
  await ins.fill('Operator', 'Unsaved');
  await app.facilities.row('Alpha Separation').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Discard unsaved changes?');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ins.field('Operator')).toHaveValue('Unsaved');
  await expect(ins.title).toHaveText('Gamma Magnet');

  await app.facilities.row('Alpha Separation').click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(ins.title).toHaveText('Alpha Separation');
});

test('moves between a facility and its flows from the inspector', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.select('Beta Metal');
  await expect(app.inspector.root.getByText('2 flows')).toBeVisible();
  await app.inspector.root.getByRole('button', { name: 'Show in Flows' }).click();
  await expect(app.flows.filterText).toHaveValue('Beta Metal');
  await expect(app.flows.rows).toHaveCount(2);
  await app.expectCounts([3, 3], [2, 2]);

  await app.flows.select('Alpha Separation');
  await app.inspector.root.getByRole('button', { name: 'From: Alpha Separation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facilities' })).toBeVisible();
  await expect(app.inspector.title).toHaveText('Alpha Separation');
  await expect(app.facilities.row('Alpha Separation')).toHaveAttribute('aria-selected', 'true');
});

test("the inspector's heading shows a long name whole, on two lines, instead of cutting it off", async ({ page, host }) => {
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.loadSample();
  await app.goTo('Facilities');
  await app.facilities.select('Baotou Steel rare-earth concentrator');
  const title = app.inspector.title;
  await expect(title).toHaveText('Baotou Steel rare-earth concentrator');
  const shape = await title.evaluate((el) => ({
    clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    lines: Math.round(el.clientHeight / Number.parseFloat(getComputedStyle(el).lineHeight)),
  }));
  expect(shape).toEqual({ clipped: false, lines: 2 });
});

test('the inspector lists what the data checks found about the record: marked reviewed there and undone, and a finding an edit makes shows at once', async ({ page, host, request }) => {
  await callApi(request, host.url, 'workspace.loadSample', {});
  const app = new LodestoneApp(page);
  await app.open(host);
  const ins = app.inspector;
  const WHY = 'Gallium recovered as a by-product of alumina refining.';
  await app.goTo('Facilities');
  await app.facilities.filter('Chalco');
  await app.facilities.select('Chalco');

  // The warning the Checks tab lists, above the fields.
  const origins = ins.finding('ships-more-than-receives');
  await expect(ins.findings.getByRole('listitem')).toHaveCount(1);
  await expect(origins).toContainText('WarningShips more than it receives');
  await expect(origins).toContainText('Ships 12 t/yr and receives nothing that counts');

  // Marked reviewed from here: the dialog's Ctrl+Enter marks it and leaves the editor alone.
  await origins.getByRole('button', { name: 'Mark reviewed: Ships more than it receives' }).click();
  const dialog = page.getByTestId('review-dialog');
  await dialog.getByLabel('Why is this right?').fill(WHY);
  await dialog.getByLabel('Why is this right?').press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(origins).toContainText('ReviewedShips more than it receives');
  await expect(origins.locator('.finding-review')).toHaveText(new RegExp(`^Reviewed on \\d{4}-\\d{2}-\\d{2}: “${WHY}”$`));
  await expect(app.undoButton).toHaveAccessibleName(/^Undo Review "Ships more than it receives" of "Chalco Shandong/);
  await expect(ins.root.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  // Undo opens it again.
  await app.undoButton.click();
  await expect(origins).toContainText('Warning');
  await expect(origins.getByRole('button', { name: 'Mark reviewed: Ships more than it receives' })).toHaveText('Mark reviewed…');

  // A capacity below what it ships: the new finding shows once saved, and goes with an undo.
  await ins.fill('Capacity (t/yr)', '5');
  await ins.save();
  await expect(ins.finding('above-capacity')).toContainText('WarningAbove its capacity');
  await expect(ins.findings.getByRole('listitem')).toHaveCount(2);
  await app.undoButton.click();
  await expect(ins.field('Capacity (t/yr)')).toHaveValue('150');
  await expect(ins.findings.getByRole('listitem')).toHaveCount(1);

  // A facility the checks pass has no such section.
  await app.facilities.filter('Bayan Obo');
  await app.facilities.select('Bayan Obo mine');
  await expect(ins.title).toHaveText('Bayan Obo mine');
  await expect(ins.findings).toHaveCount(0);
});
