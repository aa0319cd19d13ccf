// The command palette (Ctrl+K) and the keyboard-shortcut list, in browser mode: every action
// reachable by typing a few letters, keyboard only; desktop-only commands left out.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedSmallChain } from './pages/api';
import { LodestoneApp } from './pages/app';

function palette(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  return {
    dialog,
    input: dialog.getByRole('combobox', { name: 'Search commands' }),
    options: dialog.getByRole('option'),
    active: dialog.getByRole('option', { selected: true }),
  };
}

test('Ctrl+K opens a searchable palette that runs views, new records and history by keyboard', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const p = palette(page);

  // opens from anywhere, even a text field, with the search field focused
  await page.getByRole('searchbox').first().focus();
  await page.keyboard.press('Control+k');
  await expect(p.dialog).toBeVisible();
  await expect(p.input).toBeFocused();
  const all = await p.options.count();
  expect(all).toBeGreaterThan(20);
  // no desktop-only commands in the browser
  await expect(p.options.filter({ hasText: 'Open Workspace' })).toHaveCount(0);
  await expect(p.options.filter({ hasText: 'About Lodestone' })).toHaveCount(0);

  // type to filter, Enter runs the best match
  await p.input.fill('flows');
  await expect(p.active).toContainText('Go to Flows');
  await page.keyboard.press('Enter');
  await expect(p.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Flows' })).toBeVisible();

  // several words, letters in order; arrows move the choice
  await page.keyboard.press('Control+k');
  await p.input.fill('new mat');
  await expect(p.options).toHaveCount(1);
  await expect(p.active).toHaveText(/New material/);
  await page.keyboard.press('Enter');
  await expect(app.inspector.title).toHaveText('New material');
  await expect(page.getByRole('heading', { level: 1, name: 'Materials' })).toBeVisible();
  await page.keyboard.press('Escape'); // leave the empty form
  await app.goTo('Facilities');

  // Undo names what it undoes, as the top bar does
  await page.keyboard.press('Control+k');
  await p.input.fill('undo');
  await expect(p.active).toContainText(/^Undo .*Beta Metal/);
  await page.keyboard.press('Enter');
  await expect(app.notice(/^Undone: .*Beta Metal/)).toBeVisible();
  await app.expectCounts([3, 3], [1, 1]);

  // nothing matches; Ctrl+K again closes; Escape closes too
  await page.keyboard.press('Control+k');
  await p.input.fill('zzzq');
  await expect(p.options).toHaveCount(0);
  await expect(p.dialog.getByRole('status')).toHaveText('No command matches “zzzq”');
  await page.keyboard.press('Control+k');
  await expect(p.dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(p.input).toHaveValue('');
  const now = await p.options.count(); // Redo is offered now as well
  expect(now).toBe(all + 1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(p.active).toHaveAttribute('data-index', '2');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(p.active).toHaveAttribute('data-index', String(now - 1));
  await page.keyboard.press('Escape');
  await expect(p.dialog).toBeHidden();
});

test('file commands open the Snapshots page at the right task; the diagram’s layouts are there too', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const p = palette(page);
  const tab = (name: string) => page.getByRole('tablist', { name: 'Snapshot tasks' }).getByRole('tab', { name, exact: true });

  await page.keyboard.press('Control+k');
  await p.input.fill('import snapshot');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshots' })).toBeVisible();
  await expect(tab('Import')).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+k');
  await p.input.fill('graphml'); // a keyword of Export Graph
  await expect(p.active).toContainText('Export Graph');
  await page.keyboard.press('Enter');
  await expect(tab('Other formats')).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+k');
  await p.input.fill('layout map');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main', { name: 'Diagram' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Diagram' }).getByRole('combobox', { name: 'Layout' })).toHaveValue('map');
});

test('Ctrl+/ lists the keyboard shortcuts as this platform writes them', async ({ page, host }) => {
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.startEmpty();
  await page.keyboard.press('Control+/');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: 'Command Palette' })).toContainText('Ctrl+K');
  await expect(dialog.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Flows', exact: true }) })).toContainText('Alt+2');
  await expect(dialog.getByRole('row').filter({ hasText: 'Choose every row the table shows' })).toContainText('Ctrl+A');
  await expect(dialog.getByRole('row').filter({ hasText: 'Redo' })).toContainText('Ctrl+Shift+Z');
  await expect(dialog.getByRole('row').filter({ hasText: 'Save a Copy' })).toHaveCount(0); // desktop only
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
