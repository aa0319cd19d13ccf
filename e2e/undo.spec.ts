// (d) Deleting a facility takes its flows; Ctrl+Z brings all back; Ctrl+Shift+Z deletes again.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';
import { seedSmallChain } from './pages/api';

test('delete, undo and redo a facility with its flows from the keyboard', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.expectCounts([3, 3], [2, 2]);

  await app.facilities.select('Beta Metal');
  const dialog = await app.inspector.delete();
  await expect(dialog.getByRole('heading')).toHaveText('Delete facility Beta Metal and its 2 flows?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await app.expectCounts([2, 2], [0, 0]);
  await expect(app.facilities.row('Beta Metal')).toHaveCount(0);
  await expect(app.undoButton).toHaveAccessibleName(/^Undo .*Beta Metal/);

  await page.keyboard.press('Control+z');
  await expect(app.notice(/^Undone: .*Beta Metal/)).toBeVisible();
  await app.expectCounts([3, 3], [2, 2]);
  await expect(app.facilities.row('Beta Metal')).toBeVisible();
  await app.goTo('Flows');
  await expect(app.flows.row('Beta Metal')).toHaveCount(2);
  await expect(app.redoButton).toHaveAccessibleName(/^Redo .*Beta Metal/);

  await page.keyboard.press('Control+Shift+Z');
  await expect(app.notice(/^Redone: .*Beta Metal/)).toBeVisible();
  await app.expectCounts([2, 2], [0, 0]);

  // Ctrl+Y redoes too; and a cancelled delete changes nothing.
  await page.keyboard.press('Control+z');
  await app.expectCounts([3, 3], [2, 2]);
  await app.goTo('Facilities');
  await app.facilities.select('Alpha Separation');
  const again = await app.inspector.delete();
  await expect(again.getByRole('heading')).toHaveText('Delete facility Alpha Separation and its 1 flow?');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await app.expectCounts([3, 3], [2, 2]);
  await page.keyboard.press('Control+y');
  await app.expectCounts([2, 2], [0, 0]);
});

test('Ctrl+Z inside a text field is left to the field', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.facilities.select('Gamma Magnet');
  await app.inspector.fill('Operator', 'Acme');
  await app.inspector.save();
  await expect(app.facilities.row('Gamma Magnet')).toContainText('Acme');
  await app.facilities.filterText.fill('gamma');
  await app.facilities.filterText.press('Control+z');
  // The workspace edit is still there: the key went to the field.
  await expect(app.facilities.row('Gamma Magnet')).toContainText('Acme');
  await expect(app.notice(/^Undone/)).toHaveCount(0);
});

test('undoing a delete selects the record again in its table and the inspector', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const ins = app.inspector;

  await app.facilities.select('Beta Metal');
  await ins.deleteConfirmed();
  await expect(ins.root.getByText('No facility selected')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(app.notice(/^Undone: .*Beta Metal/)).toBeVisible();
  await expect(app.facilities.row('Beta Metal')).toHaveAttribute('aria-selected', 'true');
  await expect(ins.title).toHaveText('Beta Metal');

  // From another view: the undo shows the flow in Flows, with the keyboard on the table.
  await app.goTo('Flows');
  await app.flows.select('Alpha Separation');
  await ins.deleteConfirmed();
  await app.expectCounts([3, 3], [1, 1]);
  await app.goTo('Materials');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 1, name: 'Flows' })).toBeVisible();
  await expect(app.flows.selectedRow).toContainText('Alpha Separation');
  await expect(ins.title).toHaveText('Alpha Separation → Beta Metal');
  await expect(app.flows.grid).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(ins.title).toHaveText('Beta Metal → Gamma Magnet');
});

test('an undo leaves unsaved edits in the inspector where they are', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const ins = app.inspector;

  await app.facilities.select('Beta Metal');
  await ins.deleteConfirmed();
  await app.facilities.select('Gamma Magnet');
  await ins.fill('Operator', 'Unsaved');
  await app.undoButton.click();
  await expect(app.notice(/^Undone: .*Beta Metal/)).toBeVisible();
  await expect(app.facilities.row('Beta Metal')).toBeVisible();
  await expect(app.dialog).toBeHidden();
  await expect(ins.title).toHaveText('Gamma Magnet');
  await expect(ins.field('Operator')).toHaveValue('Unsaved');
});
