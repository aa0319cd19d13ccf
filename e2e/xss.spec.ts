// (f) Record text is shown as text: markup in a name never becomes an element or runs.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';
import { callApi } from './pages/api';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a facility named like markup shows as text', async ({ page, host, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await callApi(request, host.url, 'materials.create', { name: `${HOSTILE} oxide`, form: 'oxide' });

  const app = new LodestoneApp(page);
  await app.open(host);
  await app.newRecord();
  await app.inspector.fill('Name', HOSTILE);
  await app.inspector.select('Stage', 'mine');
  await app.inspector.choose('Country', 'CN');
  await app.inspector.choose('Capacity material', 'oxide');
  await app.inspector.fill('Tags', `${HOSTILE}; <script>alert(2)</script>`);
  await app.inspector.create();

  const row = app.facilities.row(HOSTILE);
  await expect(row).toBeVisible();
  await expect(row.getByRole('gridcell').first()).toHaveText(HOSTILE);
  await expect(app.inspector.title).toHaveText(HOSTILE);
  await expect(app.notice(`Created facility ${HOSTILE}`)).toBeVisible();

  const dialog = await app.inspector.delete();
  await expect(dialog.getByRole('heading')).toHaveText(`Delete facility ${HOSTILE}?`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The record's history names it as text too (checked with the rest below).
  const history = await app.inspector.history();
  await expect(history).toContainText(`Create facility "${HOSTILE}"`);

  await app.goTo('Materials');
  await expect(app.materials.row(`${HOSTILE} oxide`)).toBeVisible();

  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('#root script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
