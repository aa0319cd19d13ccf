// A record's history in its inspector: an edit listed with its fields before and after, an
// undo listed as a change of its own with the edit marked undone, creation at the bottom,
// and the sources it came to cite.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';
import { callApi, seedSmallChain } from './pages/api';

test("a facility's history lists its edits before and after, and what an undo did", async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.select('Alpha Separation');
  await app.inspector.fill('Capacity (t/yr)', '15000');
  await app.inspector.select('Status', 'idle');
  await app.inspector.save();
  await expect(app.facilities.row('Alpha Separation')).toContainText('15,000');

  const changes = await app.inspector.history();
  const items = changes.getByRole('listitem').filter({ has: page.locator('time') });
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Edit facility "Alpha Separation"');
  await expect(items.nth(0)).toContainText(/Status\s*Operating\s*→\s*Idle/);
  await expect(items.nth(0)).toContainText(/Capacity \(t\/yr\)\s*12,000\s*→\s*15,000/);
  await expect(items.nth(1)).toContainText('Created');

  // Undo: the history follows, the edit is marked undone and the undo shows what it restored.
  await page.keyboard.press('Control+z');
  await expect(app.notice(/^Undone: /)).toBeVisible();
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Undo Edit facility "Alpha Separation"');
  await expect(items.nth(0)).toContainText(/Capacity \(t\/yr\)\s*15,000\s*→\s*12,000/);
  await expect(items.nth(1)).toContainText('Undone');
  await expect(app.inspector.field('Capacity (t/yr)')).toHaveValue('12000');
});

test("a facility's history shows the sources it came to cite, while it is open", async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  await callApi(request, host.url, 'sources.create', { title: 'GAO-16-161 Rare earth materials', publisher: 'GAO' });
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.select('Beta Metal');
  const changes = await app.inspector.history();
  const items = changes.getByRole('listitem').filter({ has: page.locator('time') });
  await expect(items).toHaveCount(1);

  await app.inspector.choose('Source to link', 'GAO');
  await app.inspector.root.getByRole('region', { name: /^Sources/ }).getByRole('button', { name: 'Link', exact: true }).click();
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Cites “GAO-16-161 Rare earth materials”');
});
