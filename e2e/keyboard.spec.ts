// Every main path by keyboard alone (no mouse): Tab reaches the record tables, the arrow
// keys move the selection, Enter opens the record, fields and Save are reached with Tab,
// Ctrl+Z undoes; Tab reaches the sidebar and the diagram canvas, where Ctrl+F finds a
// facility and Escape clears the selection; the Analysis tabs follow the arrow keys and the
// Snapshots tasks open with Enter. (The command palette has its own spec: palette.spec.ts.)
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedSmallChain } from './pages/api';
import { AnalysisPage } from './pages/analysis';
import { LodestoneApp } from './pages/app';
import { Diagram } from './pages/diagram';
import { SnapshotsPage } from './pages/snapshots';

/** Presses Tab until `target` has the focus; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached with Tab within ${max} presses`).toBeFocused();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name}\\b`) });

test('records: Tab to the table, arrows select, Enter opens, Tab to a field and Save, Ctrl+Z undoes', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);

  await tabTo(page, app.facilities.grid);
  await page.keyboard.press('ArrowDown');
  await expect(app.facilities.selectedRow).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  const second = await app.facilities.selectedRow.getByRole('gridcell').first().textContent();
  expect(second).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(app.inspector.title).toHaveText(second!);

  await tabTo(page, app.inspector.field('Name'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Renamed by keyboard');
  await tabTo(page, app.inspector.root.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(app.facilities.row('Renamed by keyboard')).toHaveCount(1);

  await tabTo(page, app.facilities.grid);
  await page.keyboard.press('Control+z');
  await expect(app.facilities.row('Renamed by keyboard')).toHaveCount(0);
  await expect(app.facilities.row(second!)).toHaveCount(1);
});

test('diagram: Tab to the sidebar and the canvas, Ctrl+F finds and selects, Escape clears', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const diagram = new Diagram(page);

  await tabTo(page, nav(page, 'Diagram'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagram' })).toBeVisible();
  await diagram.expectCounts(3, 2);
  await tabTo(page, diagram.canvas);

  await page.keyboard.press('Control+f');
  await expect(diagram.toolbar.getByRole('searchbox', { name: 'Find a facility' })).toBeFocused();
  await page.keyboard.type('gamma');
  await page.keyboard.press('Enter');
  await expect(app.inspector.title).toHaveText('Gamma Magnet');
  await expect.poll(() => diagram.isSelected(chain.gamma.id)).toBe(true);

  await tabTo(page, diagram.canvas);
  await page.keyboard.press('Escape');
  await expect.poll(() => diagram.isSelected(chain.gamma.id)).toBe(false);
});

test('analysis tabs and snapshot tasks follow the arrow keys', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const analysis = new AnalysisPage(page);

  await tabTo(page, nav(page, 'Analysis'));
  await page.keyboard.press('Enter');
  const tab = (name: string) => analysis.root.getByRole('tab', { name });
  await tabTo(page, tab('Dependence'));
  await page.keyboard.press('ArrowRight');
  await expect(tab('Concentration')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Concentration')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tab('Checks')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Scenarios')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Chokepoints')).toHaveAttribute('aria-selected', 'true');

  const snapshots = new SnapshotsPage(page);
  await tabTo(page, nav(page, 'Snapshots'));
  await page.keyboard.press('Enter');
  const tasks = snapshots.root.getByRole('tablist', { name: 'Snapshot tasks' });
  const history = tasks.getByRole('tab', { name: 'History', exact: true });
  // Only the chosen tab is in the Tab order; the arrows move along the others.
  await tabTo(page, tasks.getByRole('tab', { name: 'Export', exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(tasks.getByRole('tab', { name: 'Import', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(history).toHaveAttribute('aria-selected', 'true');
  await expect(history).toBeFocused();
  await expect(snapshots.root.getByText('No snapshots exported or merged yet.')).toBeVisible();
});
