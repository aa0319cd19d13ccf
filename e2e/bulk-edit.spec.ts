// Several rows chosen in a table and edited at once: fields set on all, a source cited for
// all, all deleted; each one step that Undo takes back whole. By mouse and by keyboard.
import { expect, test } from './fixtures';
import { callApi, seedSmallChain } from './pages/api';
import { LodestoneApp } from './pages/app';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { BulkEditor } from './pages/bulk';
import { Diagram } from './pages/diagram';
import { SnapshotsPage } from './pages/snapshots';

test('Shift+click chooses a range, Ctrl+click takes one out; the fields set reach exactly those facilities, and Undo takes them back', async ({
  page,
  host,
  request,
}) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  const bulk = new BulkEditor(page);
  await app.open(host);
  const table = app.facilities;

  await table.select('Alpha Separation');
  await table.chooseTo('Gamma Magnet');
  await expect(table.selectedRow).toHaveCount(3);
  await expect(bulk.title).toHaveText('3 facilities chosen');
  await expect(bulk.field('Country')).toHaveAccessibleDescription('Now: China (CN): 2 · United States (US): 1');
  await expectNoSeriousAxeViolations(page, '.inspector');
  await expectNoSeriousAxeViolations(page, '[role="grid"]');

  await table.toggle('Beta Metal');
  await expect(bulk.title).toHaveText('2 facilities chosen');
  await expect(table.row('Beta Metal')).toHaveAttribute('aria-selected', 'false');

  await bulk.set('Status', 'idle');
  await bulk.set('Confidence', 'low');
  await bulk.field('Operator').fill('Shenghe');
  await bulk.field('Add tags').fill('defence; JV');
  await bulk.apply();
  await expect(app.notice('Set Status to Idle, Operator to Shenghe, Confidence to Low, tags + defence, JV on 2 facilities')).toBeVisible();
  await expect(table.row('Gamma Magnet')).toContainText('defence');
  await expect(table.row('Alpha Separation')).toContainText('Idle');
  await expect(table.row('Gamma Magnet')).toContainText('Shenghe');

  const stored = async () =>
    Object.fromEntries(
      (await callApi(request, host.url, 'facilities.list', {})).map((f) => [f.name, `${f.status}/${f.confidence}/${f.operator}/${f.capacity_t ?? ''}/${f.tags.join(';')}`]),
    );
  expect(await stored()).toEqual({
    'Alpha Separation': 'idle/low/Shenghe/12000/defence;JV', // its capacity is kept
    'Beta Metal': 'operating/medium///',
    'Gamma Magnet': 'idle/low/Shenghe//defence;JV',
  });

  // The choice stays after applying; Esc in the table goes back to one row, the one the
  // keyboard is on (the last clicked), and its editor.
  await table.focus();
  await page.keyboard.press('Escape');
  await expect(app.inspector.title).toHaveText('Beta Metal');
  await expect(table.selectedRow).toHaveCount(1);

  // One step: Undo restores both.
  await expect(app.undoButton).toHaveAccessibleName('Undo Set operator to Shenghe, status to idle, confidence to low, tags + defence; JV on 2 facilities');
  await app.undoButton.click();
  await expect(table.row('Alpha Separation')).toContainText('Operating');
  expect(await stored()).toEqual({
    'Alpha Separation': 'operating/medium//12000/',
    'Beta Metal': 'operating/medium///',
    'Gamma Magnet': 'operating/medium///',
  });
});

test('by keyboard: Shift+arrows choose flows, a source is cited for them, Delete removes both in one step that Undo brings back', async ({
  page,
  host,
  request,
}) => {
  const seeded = await seedSmallChain(request, host.url);
  const source = await callApi(request, host.url, 'sources.create', { title: 'Adamas Intelligence 2024' });
  const app = new LodestoneApp(page);
  const bulk = new BulkEditor(page);
  await app.open(host);
  await app.goTo('Flows');
  const table = app.flows;

  await table.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(bulk.title).toHaveText('2 flows chosen');
  await expect(table.selectedRow).toHaveCount(2);

  await bulk.cite('Adamas', 'table 3');
  await expect(app.notice('Cited “Adamas Intelligence 2024” for 2 flows')).toBeVisible();
  const links = await callApi(request, host.url, 'sources.links', { source_id: source.id });
  expect(links.map((l) => `${l.record_id}:${l.note}`).sort()).toEqual(seeded.flows.map((f) => `${f.id}:table 3`).sort());

  // Ctrl+arrows move without choosing; Ctrl+Space takes the row out, which leaves one
  // flow, in the usual editor; Shift+ArrowUp chooses both again.
  await table.focus();
  await page.keyboard.press('Control+ArrowUp');
  await page.keyboard.press('Control+Space');
  await expect(table.selectedRow).toHaveCount(1);
  await expect(bulk.form).toBeHidden();
  await expect(app.inspector.field('Volume (t/yr)')).toBeVisible();
  await table.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(bulk.title).toHaveText('2 flows chosen');

  await page.keyboard.press('Delete');
  await expect(app.dialog).toContainText('Delete 2 flows?');
  await app.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(app.notice('Deleted 2 flows')).toBeVisible();
  await expect(table.rows).toHaveCount(0);
  await expect(app.inspector.root).toContainText('No flow selected');

  await page.keyboard.press('Control+z');
  await expect(table.rows).toHaveCount(2);
  expect(await callApi(request, host.url, 'sources.links', { source_id: source.id })).toHaveLength(2);
});

test('Ctrl+A chooses only the rows the filter shows, and an edit never reaches rows out of sight', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  const bulk = new BulkEditor(page);
  await app.open(host);
  const table = app.facilities;

  await table.filterBy('country', 'CN');
  await table.focus();
  await page.keyboard.press('Control+a');
  await expect(bulk.title).toHaveText('2 facilities chosen');

  // Clearing the filter shows Gamma Magnet, still not chosen.
  await table.filterBy('country', '');
  await expect(table.rows).toHaveCount(3);
  await expect(bulk.title).toHaveText('2 facilities chosen');
  await expect(table.row('Gamma Magnet')).toHaveAttribute('aria-selected', 'false');

  // A filter that hides one of the two leaves one: the usual editor, not the bulk one.
  await table.filter('Beta');
  await expect(app.inspector.root.getByRole('form', { name: /^Set fields on / })).toBeHidden();
  await table.filter('');
  await expect(bulk.title).toHaveText('2 facilities chosen');

  await bulk.set('Stage', 'metal');
  await bulk.apply();
  await expect(app.notice('Set Stage to Metal on 1 facility; 1 facility already had it')).toBeVisible();
  const stages = (await callApi(request, host.url, 'facilities.list', {})).map((f) => `${f.name}:${f.stage}`).sort();
  expect(stages).toEqual(['Alpha Separation:metal', 'Beta Metal:metal', 'Gamma Magnet:magnet']);
});

test('facilities selected together in the diagram are edited at once, and stay chosen in the table', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  const bulk = new BulkEditor(page);
  await app.open(host);
  const diagram = new Diagram(page);
  await diagram.open();

  await diagram.clickNode(chain.alpha.id);
  await expect(app.inspector.title).toHaveText('Alpha Separation');
  await diagram.clickNode(chain.gamma.id, true);
  await expect(bulk.title).toHaveText('2 facilities chosen');
  // Both stay selected in the canvas while the inspector edits them.
  await expect.poll(async () => (await diagram.selectedIds()).sort()).toEqual([chain.alpha.id, chain.gamma.id].sort());

  await bulk.set('Confidence', 'high');
  await bulk.apply();
  await expect(app.notice('Set Confidence to High on 2 facilities')).toBeVisible();
  const confidence = (await callApi(request, host.url, 'facilities.list', {})).map((f) => `${f.name}:${f.confidence}`).sort();
  expect(confidence).toEqual(['Alpha Separation:high', 'Beta Metal:medium', 'Gamma Magnet:high']);

  // The same two are chosen in the facilities table.
  await app.goTo('Facilities');
  await expect(bulk.title).toHaveText('2 facilities chosen');
  await expect(app.facilities.selectedRow).toHaveCount(2);
  await expect(app.facilities.row('Beta Metal')).toHaveAttribute('aria-selected', 'false');

  // Back in the diagram both are still selected; a plain click on the last one picked
  // leaves it alone, in the usual editor.
  await diagram.open();
  await expect(bulk.title).toHaveText('2 facilities chosen');
  await expect.poll(async () => (await diagram.selectedIds()).sort()).toEqual([chain.alpha.id, chain.gamma.id].sort());
  await diagram.clickNode(chain.gamma.id);
  await expect(app.inspector.title).toHaveText('Gamma Magnet');
  await expect.poll(() => diagram.selectedIds()).toEqual([chain.gamma.id]);
});

test('what a CSV import added or changed is chosen in its table in one click, and cited for the report it came from', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  const source = await callApi(request, host.url, 'sources.create', { title: 'Lynas annual report 2025' });
  const app = new LodestoneApp(page);
  const bulk = new BulkEditor(page);
  await app.open(host);
  await app.facilities.filter('Beta'); // left on, it would hide the records chosen
  const snapshots = new SnapshotsPage(page);
  await snapshots.open();
  const csv = ['id,name,stage,country,capacity_t', `${chain.alpha.id},Alpha Separation,separation,CN,15000`, ',Epsilon Mine,mine,AU,', ',Zeta Mine,mine,AU,'].join('\n');
  await snapshots.chooseCsv('Facilities', { name: 'facilities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await snapshots.importCsvButton.click();
  const result = snapshots.root.getByTestId('csv-result');
  await expect(result).toContainText('2 facilities and 0 flows created, 1 updated');
  await result.getByRole('button', { name: 'Show the changes' }).click();
  await result.getByRole('button', { name: 'Choose the facilities it added or changed (3)' }).click();

  // The facilities table, its filter cleared, with the three chosen and Beta and Gamma not.
  await expect(page.getByRole('heading', { level: 1, name: 'Facilities' })).toBeVisible();
  await expect(app.facilities.filterText).toHaveValue('');
  await expect(bulk.title).toHaveText('3 facilities chosen');
  await expect(app.facilities.selectedRow).toHaveCount(3);
  await expect(app.facilities.row('Beta Metal')).toHaveAttribute('aria-selected', 'false');

  await bulk.cite('Lynas annual', 'p. 7');
  await expect(app.notice('Cited “Lynas annual report 2025” for 3 facilities')).toBeVisible();
  const cited = await callApi(request, host.url, 'sources.links', { source_id: source.id });
  const names = new Map((await callApi(request, host.url, 'facilities.list', {})).map((f) => [f.id, f.name]));
  expect(cited.map((l) => names.get(l.record_id)).sort()).toEqual(['Alpha Separation', 'Epsilon Mine', 'Zeta Mine']);
});
