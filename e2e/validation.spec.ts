// (c) Bad input shows a message under the field it concerns, keeps what was typed, and saves nothing.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';
import { seedSmallChain } from './pages/api';

test('invalid facility and flow input is refused field by field', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.expectCounts([3, 3], [2, 2]);
  const ins = app.inspector;

  await app.newRecord();
  await ins.select('Stage', 'mine');
  await ins.choose('Country', 'Australia');
  await ins.fill('Latitude', '91');
  await ins.fill('Capacity (t/yr)', '-5');
  await ins.fill('Stock on hand (t)', '12abc');
  await ins.create();

  await ins.expectError('Name', 'Name is required');
  await ins.expectError('Latitude', 'Latitude must be between -90 and 90');
  await ins.expectError('Capacity (t/yr)', 'Capacity cannot be negative');
  await ins.expectError('Stock on hand (t)', 'Stock on hand must be a number');
  // What the user typed is still there.
  await expect(ins.field('Latitude')).toHaveValue('91');
  await expect(ins.field('Stock on hand (t)')).toHaveValue('12abc');
  await expect(ins.field('Country')).toHaveValue('Australia (AU)');
  // Fixing one field clears its message, the others stay.
  await ins.fill('Latitude', '-31.5');
  await expect(ins.field('Latitude')).not.toHaveAttribute('aria-invalid', 'true');
  await ins.expectError('Capacity (t/yr)', 'Capacity cannot be negative');
  await app.expectCounts([3, 3], [2, 2]);

  // Editing an existing record: an emptied name is refused too.
  await page.keyboard.press('Escape');
  await app.facilities.select('Gamma Magnet');
  await ins.fill('Name', '   ');
  await ins.save();
  await ins.expectError('Name', 'Name is required');

  await page.keyboard.press('Escape');
  await expect(ins.field('Name')).toHaveValue('Gamma Magnet');

  await app.goTo('Flows');
  await app.newRecord();
  await ins.choose('From facility', 'Alpha');
  await ins.choose('To facility', 'Alpha');
  await ins.choose('Material', 'NdPr');
  await ins.fill('Volume (t/yr)', '-1');
  await ins.create();
  await ins.expectError('To facility', 'A flow cannot go from a facility to itself');
  await ins.expectError('Volume (t/yr)', 'Volume cannot be negative');

  await app.reload();
  await app.expectCounts([3, 3], [2, 2]);
});
