// (e) The status bar reports what the tables show after their filters; filters persist across views.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';
import { callApi, seedSmallChain } from './pages/api';

test('status bar follows the table filters', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.expectCounts([3, 3], [2, 2]);

  await app.facilities.filterBy('country', 'CN');
  await app.expectCounts([2, 3], [2, 2]);
  await expect(app.facilities.rows).toHaveCount(2);

  await app.facilities.filter('beta');
  await app.expectCounts([1, 3], [2, 2]);
  await expect(app.facilities.rows).toHaveCount(1);

  await app.goTo('Flows');
  await app.flows.filterBy('status', 'planned');
  await app.expectCounts([1, 3], [1, 2]);
  await expect(app.flows.rows).toHaveCount(1);

  // Back on facilities, the filters are where they were.
  await app.goTo('Facilities');
  await expect(app.facilities.filterText).toHaveValue('beta');
  await app.expectCounts([1, 3], [1, 2]);
  await app.facilities.filterBar.getByRole('button', { name: 'Clear filters' }).click();
  await app.expectCounts([3, 3], [1, 2]);
});

test('records can be filtered by how confident they are', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  await callApi(request, host.url, 'facilities.update', { id: chain.alpha.id, changes: { confidence: 'low' } });
  await callApi(request, host.url, 'flows.update', { id: chain.flows[1]!.id, changes: { confidence: 'high' } });
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.filterBy('confidence', 'low');
  await expect(app.facilities.rows).toHaveCount(1);
  await expect(app.facilities.row('Alpha Separation')).toBeVisible();
  await app.expectCounts([1, 3], [2, 2]);
  await app.goTo('Flows');
  await app.flows.filterBy('confidence', 'high');
  await app.expectCounts([1, 3], [1, 2]);
  await expect(app.flows.rows).toHaveCount(1);
  await expect(app.flows.rows.first()).toContainText('Gamma Magnet');
});

test('sorting by a column header, by mouse and keyboard', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const t = app.facilities;
  await expect(t.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
  await expect(t.rows.first()).toContainText('Alpha Separation');

  await t.sortBy('Name');
  await expect(t.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(t.rows.first()).toContainText('Gamma Magnet');

  await t.columnHeader('Capacity t/yr').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(t.columnHeader('Capacity t/yr')).toHaveAttribute('aria-sort', 'ascending');
  await expect(t.columnHeader('Name')).toHaveAttribute('aria-sort', 'none');
  await expect(t.rows.first()).toContainText('Alpha Separation');

  // Arrow keys move the selection; Enter opens the row in the inspector.
  await t.grid.focus();
  await page.keyboard.press('ArrowDown');
  await expect(t.rows.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(t.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(app.inspector.field('Name')).toBeFocused();
});

test('a table keeps its sort across a change made while another view is shown', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.sortBy('Name');
  await expect(app.facilities.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  // Only the table on screen is sorted after a change; the others when they are shown again.
  await app.goTo('Flows');
  await callApi(request, host.url, 'facilities.create', { name: 'Omega Mine', stage: 'mine', country: 'AU' });
  await page.evaluate(() => window.dispatchEvent(new Event('focus'))); // the window looks for outside changes
  await app.expectCounts([4, 4], [2, 2]);
  await app.goTo('Facilities');
  await expect(app.facilities.rows).toHaveCount(4);
  await expect(app.facilities.rows.first()).toContainText('Omega Mine');
  await expect(app.facilities.rows.last()).toContainText('Alpha Separation');
});
