// (a) An empty workspace offers the rare-earth sample; loading it fills the tables.
import { expect, test } from './fixtures';
import { LodestoneApp } from './pages/app';

test('loads the sample from the first-run offer and shows its facilities', async ({ page, host }) => {
  const app = new LodestoneApp(page);
  await app.open(host);
  await expect(app.firstRun).toBeVisible();
  await app.expectCounts([0, 0], [0, 0]);

  await app.loadSample();

  await expect(app.firstRun).toBeHidden();
  await expect(app.facilities.row('Bayan Obo mine')).toBeVisible();
  await expect(app.statusCounts).toHaveText(/^Showing (\d+) of \1 facilities, (\d+) of \2 flows$/);
  const text = (await app.statusCounts.textContent()) ?? '';
  const [, facilities, flows] = /Showing (\d+) of \d+ facilities, (\d+) of/.exec(text) ?? [];
  expect(Number(facilities)).toBeGreaterThan(10);
  expect(Number(flows)).toBeGreaterThan(10);

  // The sample is one undoable step, and the workspace keeps it across a reload.
  await expect(app.undoButton).toHaveAccessibleName(/^Undo /);
  await app.reload();
  await expect(app.firstRun).toBeHidden();
  await expect(app.facilities.row('Bayan Obo mine')).toBeVisible();
});

test('"Start with an empty workspace" is remembered', async ({ page, host }) => {
  const app = new LodestoneApp(page);
  await app.open(host);
  await app.startEmpty();
  await expect(page.getByText('No facilities yet')).toBeVisible();
  await app.reload();
  await expect(app.firstRun).toBeHidden();
  await expect(page.getByText('No facilities yet')).toBeVisible();
});
