// Leaving a row asks about unsaved changes only when there are some, and always when there are.
import type { APIRequestContext, Page } from '@playwright/test';
import { HTTP_API_PREFIX } from '../db/api';
import { expect, test, type Host } from './fixtures';
import { LodestoneApp } from './pages/app';
import { seedSmallChain } from './pages/api';

/** The app on Alpha Separation, Beta Metal and Gamma Magnet (seedSmallChain). */
async function openSmallChain(page: Page, host: Host, request: APIRequestContext) {
  await seedSmallChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  return { app, ins: app.inspector, table: app.facilities };
}

/** Holds back the workspace.info calls that follow the next facility save, until released. */
async function holdRefreshAfterSave(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let saved = false;
  await page.route(`**${HTTP_API_PREFIX}*`, async (route) => {
    const op = new URL(route.request().url()).pathname.slice(HTTP_API_PREFIX.length);
    if (op === 'facilities.update') saved = true;
    else if (op === 'workspace.info' && saved) await held;
    await route.continue();
  });
  return { release };
}

test('arrow keys move between rows without asking when nothing is unsaved', async ({ page, host, request }) => {
  const { app, ins, table } = await openSmallChain(page, host, request);

  // Just looking: Alpha Separation, Beta Metal, Gamma Magnet in name order.
  await table.select('Alpha Separation');
  await page.keyboard.press('ArrowDown');
  await expect(ins.title).toHaveText('Beta Metal');
  await page.keyboard.press('ArrowDown');
  await expect(ins.title).toHaveText('Gamma Magnet');
  await expect(table.selectedRow).toContainText('Gamma Magnet');
  await expect(app.dialog).toBeHidden();

  // An edit typed back to what is stored is no change.
  await ins.fill('Operator', 'Someone');
  await ins.fill('Operator', '');
  await table.focus();
  await page.keyboard.press('ArrowUp');
  await expect(ins.title).toHaveText('Beta Metal');
  await expect(app.dialog).toBeHidden();

  // Saved, then moving on at once, while the refresh after the save is still on its way
  // (held back here, as a busy machine would): the table shows the saved value first.
  const refresh = await holdRefreshAfterSave(page);
  await ins.fill('Operator', 'Acme');
  await page.keyboard.press('Control+s');
  await expect(table.row('Beta Metal')).toContainText('Acme');
  await table.focus();
  await page.keyboard.press('ArrowDown');
  await expect(ins.title).toHaveText('Gamma Magnet');
  await expect(app.dialog).toBeHidden();
  refresh.release();

  // Cancelled with Esc, then moving on.
  await ins.fill('Operator', 'Dropped');
  await page.keyboard.press('Escape');
  await expect(ins.field('Operator')).toHaveValue('');
  await table.focus();
  await page.keyboard.press('ArrowUp');
  await expect(ins.title).toHaveText('Beta Metal');
  await expect(ins.field('Operator')).toHaveValue('Acme');
  await expect(app.dialog).toBeHidden();

  // A real unsaved change still asks.
  await ins.fill('Operator', 'Unsaved');
  await table.focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.dialog.getByRole('heading')).toHaveText('Discard unsaved changes?');
  await app.dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ins.title).toHaveText('Beta Metal');
  await expect(ins.field('Operator')).toHaveValue('Unsaved');
});

test('a country typed but not yet picked counts as a change when another row is clicked', async ({ page, host, request }) => {
  const { app, ins } = await openSmallChain(page, host, request);
  await app.facilities.select('Gamma Magnet');
  await ins.field('Country').fill('Japan');
  await app.facilities.row('Alpha Separation').click();
  await expect(app.dialog.getByRole('heading')).toHaveText('Discard unsaved changes?');
  await app.dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ins.title).toHaveText('Gamma Magnet');
  await expect(ins.field('Country')).toHaveValue('Japan (JP)');
});
