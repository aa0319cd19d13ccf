// The window's panels: the analysis, report and snapshots pages take the inspector's width
// while it has nothing to show, and give it back as soon as it holds a record; the
// inspector's buttons stay in view whatever its notice says.
import { expect, test } from './fixtures';
import { AnalysisPage } from './pages/analysis';
import { callApi } from './pages/api';
import { LodestoneApp } from './pages/app';
import { ReportPage } from './pages/report';
import { SnapshotsPage } from './pages/snapshots';

test('pages without records of their own use the inspector width while it is empty', async ({ page, host, request }) => {
  await callApi(request, host.url, 'workspace.loadSample', {});
  const app = new LodestoneApp(page);
  await app.open(host);
  const main = page.getByRole('main');
  const width = async () => (await main.boundingBox())!.width;

  // Beside a record table the inspector stays, saying what to do with nothing selected.
  await app.goTo('Facilities');
  await expect(app.inspector.root).toContainText('No facility selected');
  const besideInspector = await width();

  for (const open of [() => new AnalysisPage(page).open(), () => new ReportPage(page).open(), () => new SnapshotsPage(page).open()]) {
    await open();
    await expect(app.inspector.root).toHaveCount(0);
    expect(await width()).toBeGreaterThan(besideInspector + 300);
  }

  // A new record from the top bar opens it there; cancelling closes it again.
  await new ReportPage(page).open();
  await app.newRecord();
  await expect(app.inspector.title).toHaveText('New facility');
  expect(await width()).toBeCloseTo(besideInspector, 0);
  await app.inspector.root.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.inspector.root).toHaveCount(0);

  // A record left open in the inspector stays open on these pages.
  await app.goTo('Facilities');
  await app.facilities.select('Bayan Obo mine');
  await new AnalysisPage(page).open();
  await expect(app.inspector.title).toHaveText('Bayan Obo mine');
});

test("the inspector's Save button stays in view beside a notice in a narrow window", async ({ page, host, request }) => {
  await callApi(request, host.url, 'workspace.loadSample', {});
  await page.setViewportSize({ width: 1280, height: 760 });
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.select('Bayan Obo mine');
  await page.keyboard.press('Control+s'); // nothing changed: the footer says so
  await expect(app.inspector.root.getByRole('status').filter({ hasText: 'No changes to save' })).toBeVisible();
  const inspector = (await app.inspector.root.boundingBox())!;
  for (const name of ['Delete', 'Cancel', 'Save']) {
    const button = (await app.inspector.root.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(button.x + button.width, `${name} ends inside the inspector`).toBeLessThanOrEqual(inspector.x + inspector.width);
    expect(button.x, `${name} starts inside the inspector`).toBeGreaterThanOrEqual(inspector.x);
  }
});
