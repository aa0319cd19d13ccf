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
