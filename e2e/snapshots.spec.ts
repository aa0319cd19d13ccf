// The Snapshots page: export a snapshot that verifies, import a colleague's (diff, merge,
// what the merge changed in the history, undo), refuse a tampered file, browse one read-only, CSV import through a preview with a
// column mapping and a per-line error report, and GraphML export.
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';
import { AnalysisPage } from './pages/analysis';
import { LodestoneApp } from './pages/app';
import { expectNoSeriousAxeViolations } from './pages/axe';
import { callApi, seedSmallChain } from './pages/api';
import { ColleagueWorkspace, lodestone } from './pages/colleague';
import { SnapshotsPage } from './pages/snapshots';

const XSS_NAME = '<img src=x onerror=alert(1)>';

async function openSnapshots(page: Page, host: Host) {
  const app = new LodestoneApp(page);
  await app.open(host);
  const snapshots = new SnapshotsPage(page);
  await snapshots.open();
  return { app, snapshots };
}

/** The records as the api lists them, to compare before and after. */
async function records(request: APIRequestContext, host: Host) {
  const [facilities, flows, materials] = await Promise.all([
    callApi(request, host.url, 'facilities.list', {}),
    callApi(request, host.url, 'flows.list', {}),
    callApi(request, host.url, 'materials.list', {}),
  ]);
  return { facilities, flows, materials };
}

/** My workspace's snapshot, merged into a colleague's workspace (so both sides agree on it). */
async function colleagueFrom(request: APIRequestContext, host: Host, dir: string) {
  const exported = await callApi(request, host.url, 'snapshot.export', { author: 'Me' });
  const base = `${dir}/base.lodestone`;
  await writeFile(base, Buffer.from(exported.data, 'base64'));
  const colleague = new ColleagueWorkspace(dir);
  await colleague.importSnapshot(base);
  return colleague;
}

/** My small chain, and a colleague who has merged it. */
async function chainSharedWithColleague(request: APIRequestContext, host: Host, dir: string) {
  const chain = await seedSmallChain(request, host.url);
  const colleague = await colleagueFrom(request, host, dir);
  return { chain, colleague };
}

/** Opens their file, sees it holds (`holds`) and adds one record (its badge and label), and merges it. */
async function mergeOneAddition(page: Page, host: Host, file: string, added: { holds: RegExp; badge: string; label: string }) {
  const { app, snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(file);
  await expect(snapshots.root.getByText(added.holds)).toBeVisible();
  await snapshots.expectDiff({ added: 1, changed: 0, removed: 0, conflicting: 0 });
  const rows = (await snapshots.diffList('added')).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(added.badge);
  await expect(rows).toContainText(added.label);
  await snapshots.merge();
  await expect(snapshots.mergeResult).toContainText('1 added, 0 changed, 0 removed');
  return app;
}

/**
 * A colleague's snapshot against my small chain: both of us changed Gamma Magnet's capacity
 * (mine 111, theirs 222: a conflict); only they changed Beta Metal's notes and added Delta Mine.
 */
async function colleagueWithChanges(request: APIRequestContext, host: Host, dir: string) {
  const { chain, colleague } = await chainSharedWithColleague(request, host, dir);
  await callApi(request, host.url, 'facilities.update', { id: chain.gamma.id, changes: { capacity_t: 111 } });
  await colleague.importFacilities(
    [
      'id,name,stage,country,capacity_t,notes',
      `${chain.gamma.id},Gamma Magnet,magnet,US,222,`,
      `${chain.beta.id},Beta Metal,metal,CN,,Expanded in 2025`,
      ',Delta Mine,mine,AU,3000,',
    ].join('\n'),
  );
  const theirs = await colleague.exportSnapshot('from-colleague.lodestone', 'Colleague Cho');
  return { chain, theirs };
}

test('the diff names a flow by its ends and material, and a moved end by the facility it now comes from', async ({ page, host, request }, info) => {
  const { chain, colleague } = await chainSharedWithColleague(request, host, info.outputPath());
  // They add a mine and send Alpha's flow to Beta from it instead, with a new volume.
  await colleague.importFacilities('id,name,stage,country\ndelta,Delta Mine,mine,AU\n');
  const [ab] = chain.flows;
  await colleague.importFlows(`id,from,to,material,volume_t,year\n${ab!.id},delta,${chain.beta.id},NdPr oxide,6500,2024\n`);
  const theirs = await colleague.exportSnapshot('moved.lodestone', 'Colleague Cho');

  const { snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  await snapshots.expectDiff({ added: 1, changed: 1, removed: 0, conflicting: 0 });
  const changed = await snapshots.diffList('changed');
  const flow = changed.getByRole('listitem');
  await expect(flow).toHaveCount(1);
  await expect(flow).toContainText('Delta Mine → Beta Metal · NdPr oxide');
  // Field names and values as the inspector and the tables write them; the moved end by name.
  await expect(flow.getByRole('row', { name: /From facility/ })).toHaveText(/From facility\s*Alpha Separation\s*→?\s*Delta Mine/);
  await expect(flow.getByRole('row', { name: /Volume \(t\/yr\)/ })).toHaveText(/5,000\s*→?\s*6,500/);
  await expect(flow.getByRole('cell', { name: 'Delta Mine' })).toHaveAttribute('title', 'Delta Mine (id delta)');
});

test('export: a subset with an author downloads a gzip snapshot that verifies, and the history lists it', async ({ page, host, request }, info) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
  });
  await seedSmallChain(request, host.url);
  const { snapshots } = await openSnapshots(page, host);
  await expect(snapshots.exportSummary).toContainText('The whole workspace: 3 facilities, 2 flows, 1 material, 0 sources');
  await snapshots.pick('Countries', 'China (CN)');
  await expect(snapshots.exportSummary).toContainText('This part of the workspace: 2 facilities, 1 flow, 1 material');
  await snapshots.setAuthor('Analyst Ann');

  const download = await snapshots.exportSnapshot();
  expect(download.suggestedFilename()).toMatch(/\.lodestone$/);
  const file = info.outputPath('export.lodestone');
  await download.saveAs(file);
  const bytes = await readFile(file);
  expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]); // gzip
  const verified = JSON.parse(await lodestone('--db', info.outputPath('verifier.db'), 'verify-snapshot', file, '--json')) as {
    valid: boolean;
    author: string;
    counts: { facilities: number; flows: number };
    filter: { countries: string[] };
  };
  expect(verified).toMatchObject({ valid: true, author: 'Analyst Ann', counts: { facilities: 2, flows: 1 }, filter: { countries: ['CN'] } });

  await snapshots.show('History');
  const row = snapshots.history.getByRole('row').filter({ hasText: download.suggestedFilename() });
  await expect(row).toContainText('Exported');
  await expect(row).toContainText('Analyst Ann');
  await expect(row).toContainText('2 facilities, 1 flow');
  expect(refused).toEqual([]);
});

test("import: a colleague's snapshot shows added, changed and conflicting records; merging theirs changes them; Ctrl+Z restores", async ({
  page,
  host,
  request,
}, info) => {
  const { theirs } = await colleagueWithChanges(request, host, info.outputPath());
  const before = await records(request, host);

  const { app, snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  await expect(snapshots.root.getByRole('term').filter({ hasText: 'From' })).toBeVisible();
  await expect(snapshots.root.getByText('Colleague Cho')).toBeVisible();
  await snapshots.expectDiff({ added: 1, changed: 1, removed: 0, conflicting: 1 });

  const conflicts = await snapshots.diffList('conflicting');
  await expect(conflicts.getByRole('listitem')).toHaveCount(1);
  await expect(conflicts).toContainText('Gamma Magnet');
  await expect(conflicts.getByRole('row', { name: /Capacity \(t\/yr\)/ })).toContainText(/111.*222/);
  const changed = await snapshots.diffList('changed');
  await expect(changed.getByRole('row', { name: /Notes/ })).toContainText('Expanded in 2025');
  await expect(await snapshots.diffList('added')).toContainText('Delta Mine');

  // Nothing is written before the merge.
  expect(await records(request, host)).toEqual(before);

  await snapshots.chooseMergeMode('Take theirs for all');
  await snapshots.merge();
  await expect(snapshots.mergeResult).toContainText('1 added, 2 changed, 0 removed; conflicts: 1 theirs, 0 mine');
  const after = await records(request, host);
  const byName = (name: string) => after.facilities.find((f) => f.name === name);
  expect(byName('Gamma Magnet')?.capacity_t).toBe(222);
  expect(byName('Beta Metal')?.notes).toBe('Expanded in 2025');
  expect(byName('Delta Mine')?.country).toBe('AU');
  await app.expectCounts([4, 4], [2, 2]);

  // The history keeps what the merge did, record by record, before and after.
  await snapshots.show('History');
  const merged = await snapshots.mergeChanges('from-colleague.lodestone', 'Changed');
  await expect(merged.getByRole('listitem')).toHaveCount(2);
  await expect(merged.getByRole('listitem').filter({ hasText: 'Gamma Magnet' }).getByRole('row', { name: /Capacity \(t\/yr\)/ })).toHaveText(/111\s*→?\s*222/);
  await expect(await snapshots.mergeChanges('from-colleague.lodestone', 'Added')).toContainText('Delta Mine');
  await expectNoSeriousAxeViolations(page, '.snap-history-wrap');

  await page.keyboard.press('Control+z');
  await expect(app.notice(/^Undone: Merge snapshot/)).toBeVisible();
  await app.expectCounts([3, 3], [2, 2]);
  const restored = await records(request, host);
  expect(restored.facilities.map((f) => [f.id, f.name, f.capacity_t, f.notes])).toEqual(before.facilities.map((f) => [f.id, f.name, f.capacity_t, f.notes]));

  await snapshots.show('History');
  const row = snapshots.history.getByRole('row').filter({ hasText: 'from-colleague.lodestone' });
  await expect(row).toContainText('Merged');
  await expect(row).toContainText('Colleague Cho');
  await expect(row).toContainText('Undone');
});

test("a colleague's review of a data-check finding comes with their snapshot: listed as added, merged, and the Checks tab sets the finding aside with their note", async ({
  page,
  host,
  request,
}, info) => {
  const { chain, colleague } = await chainSharedWithColleague(request, host, info.outputPath());
  const WHY = 'Alpha buys concentrate from mines we do not map';
  await colleague.reviewFinding('ships-more-than-receives', chain.alpha.id, WHY);
  const theirs = await colleague.exportSnapshot('reviewed.lodestone', 'Colleague Cho');

  const app = await mergeOneAddition(page, host, theirs, { holds: /1 check review\b/, badge: 'Check review', label: 'Ships more than it receives: Alpha Separation' });

  const analysis = new AnalysisPage(page);
  await analysis.open();
  await analysis.tab('Checks');
  await expect(analysis.checksBadge).toHaveCount(0);
  await analysis.reviewed.getByRole('button', { name: 'Show' }).click();
  await expect(analysis.reviewed.getByRole('row').nth(1)).toContainText(`Alpha SeparationShips more than it receives${WHY}`);

  // One step to undo, like any merge: the finding is open again.
  await page.keyboard.press('Control+z');
  await expect(app.notice(/^Undone: Merge snapshot/)).toBeVisible();
  await expect(analysis.checksBadge).toHaveText('1');
  expect(await callApi(request, host.url, 'checks.reviews', {})).toEqual([]);
});

test("a colleague's saved scenario comes with their snapshot: listed as added, merged, it runs here; Ctrl+Z takes it back", async ({
  page,
  host,
  request,
}, info) => {
  const { chain, colleague } = await chainSharedWithColleague(request, host, info.outputPath());
  await colleague.saveScenario({ name: 'Alpha stops', months: 6, disruptions: [{ kind: 'facility', id: 'Alpha Separation', fraction: 1, start_month: 2 }] });
  const theirs = await colleague.exportSnapshot('scenario.lodestone', 'Colleague Cho');

  const app = await mergeOneAddition(page, host, theirs, { holds: /1 scenario\b/, badge: 'Scenario', label: 'Alpha stops' });

  // It runs here: Beta Metal, fed only by Alpha, falls below half its supply in month 2.
  const analysis = new AnalysisPage(page);
  await analysis.open();
  await analysis.tab('Scenarios');
  await analysis.scenarioList.getByRole('button', { name: 'Alpha stops' }).click();
  await expect(analysis.editor.getByLabel('Name', { exact: true })).toHaveValue('Alpha stops');
  await analysis.run();
  await analysis.settled();
  await analysis.panel.getByLabel(/Every facility that runs short/).check(); // the chain has no OEM
  await expect(analysis.shortfallRow(chain.beta.id).locator('.months-cell')).toHaveText('2');

  await page.keyboard.press('Control+z');
  await expect(app.notice(/^Undone: Merge snapshot/)).toBeVisible();
  await expect(analysis.scenarioList.getByRole('button', { name: 'Alpha stops' })).toHaveCount(0);
  expect(await callApi(request, host.url, 'scenarios.list', {})).toEqual([]);
});

test('a scenario a colleague changed is listed as changed, its disruptions before and after in words', async ({ page, host, request }, info) => {
  await seedSmallChain(request, host.url);
  const mine = await callApi(request, host.url, 'scenarios.create', {
    scenario: { name: 'Alpha stops', disruptions: [{ kind: 'facility', id: 'Alpha Separation', fraction: 1, start_month: 2 }] },
  });
  const colleague = await colleagueFrom(request, host, info.outputPath());
  await colleague.saveScenario({ id: mine.id, name: 'Alpha stops', disruptions: [{ kind: 'facility', id: 'Alpha Separation', fraction: 0.5, start_month: 3, end_month: 5 }] });
  const theirs = await colleague.exportSnapshot('scenario-changed.lodestone', 'Colleague Cho');

  const { snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  await snapshots.expectDiff({ added: 0, changed: 1, removed: 0, conflicting: 0 });
  const row = (await snapshots.diffList('changed')).getByRole('listitem');
  await expect(row).toContainText('Scenario');
  await expect(row).toContainText('Alpha stops');
  const field = row.getByRole('row', { name: /^Disruptions/ });
  await expect(field).toContainText('Alpha Separation (China) stops from month 2');
  await expect(field).toContainText('Alpha Separation (China) loses 50% of its output from month 3 to month 5');
  await snapshots.merge();
  expect((await callApi(request, host.url, 'scenarios.list', {}))[0]!.disruptions).toEqual([
    { kind: 'facility', id: 'Alpha Separation', fraction: 0.5, start_month: 3, end_month: 5 },
  ]);
});

test('a flow a colleague added to a facility I deleted brings the facility back, said so before and after the merge', async ({ page, host, request }, info) => {
  const theirs = await flowToAFacilityIDeleted(request, host, info.outputPath());
  const { app, snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  // Beta Metal and its two flows, deleted here: only Beta Metal, which their flow needs, comes back.
  await snapshots.expectDiff({ added: 1, changed: 0, removed: 0, conflicting: 0, deleted: 3 });
  const deleted = (await snapshots.diffList('deleted')).getByRole('listitem');
  await expect(deleted).toHaveText([/^FacilityBeta Metal\s*records in the snapshot need it\s*Bring back$/, /^Flow.*Bring back$/, /^Flow.*Bring back$/]);
  await expect(deleted.getByRole('checkbox', { name: 'Bring back Beta Metal', exact: true })).toBeChecked();
  await expect(deleted.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await snapshots.merge();
  await expect(snapshots.mergeResult).toContainText('2 added, 0 changed, 0 removed');
  await expect(snapshots.mergeResult).toContainText('Brought back, because records merged need it: Beta Metal (1 record).');
  await expect(app.statusCounts).toHaveText('Showing 3 of 3 facilities, 1 of 1 flows');
});

/** My small chain shared with a colleague, then Beta Metal and both its flows deleted here; their file adds a new flow to it. */
async function flowToAFacilityIDeleted(request: APIRequestContext, host: Host, dir: string) {
  const { chain, colleague } = await chainSharedWithColleague(request, host, dir);
  await callApi(request, host.url, 'flows.delete', { ids: chain.flows.map((f) => f.id) });
  await callApi(request, host.url, 'facilities.delete', { ids: [chain.beta.id] });
  await colleague.importFlows(['from,to,material,volume_t', 'Alpha Separation,Beta Metal,NdPr oxide,300'].join('\n'));
  return colleague.exportSnapshot('needs-beta.lodestone', 'Colleague Cho');
}

test('unticking a facility I deleted keeps it deleted: their flow that needs it is left out, said so after the merge', async ({ page, host, request }, info) => {
  const theirs = await flowToAFacilityIDeleted(request, host, info.outputPath());
  const { app, snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  const list = await snapshots.diffList('deleted');
  await list.getByRole('checkbox', { name: 'Bring back Beta Metal', exact: true }).uncheck();
  await snapshots.merge();
  await expect(snapshots.mergeResult).toContainText('0 added, 0 changed, 0 removed');
  await expect(snapshots.mergeResult).toContainText('Not merged, because a record it needs stays out: Alpha Separation → Beta Metal · NdPr oxide (1 record).');
  await expect(snapshots.mergeResult).not.toContainText('Brought back');
  await expect(app.statusCounts).toHaveText('Showing 2 of 2 facilities, 0 of 0 flows');
  expect((await callApi(request, host.url, 'facilities.list', {})).map((f: { name: string }) => f.name).sort()).toEqual(['Alpha Separation', 'Gamma Magnet']);
});

test('records I deleted that the snapshot still has stay deleted unless ticked; ticked, they come back with the merge', async ({ page, host, request }, info) => {
  const { chain, colleague } = await chainSharedWithColleague(request, host, info.outputPath());
  await callApi(request, host.url, 'flows.delete', { ids: [chain.flows[1]!.id] });
  await callApi(request, host.url, 'facilities.delete', { ids: [chain.gamma.id] });
  const theirs = await colleague.exportSnapshot('unchanged.lodestone', 'Colleague Cho');

  const { app, snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  await snapshots.expectDiff({ added: 0, changed: 0, removed: 0, conflicting: 0, deleted: 2 });
  const merge = snapshots.root.getByRole('button', { name: 'Merge into this workspace' });
  await expect(merge).toBeDisabled();
  await expect(snapshots.root.getByText('Nothing to merge: the snapshot brings nothing new.')).toBeVisible();

  const list = await snapshots.diffList('deleted');
  const boxes = list.getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) await expect(box).not.toBeChecked();
  await list.getByRole('checkbox', { name: 'Bring back Gamma Magnet' }).check();
  await list.getByRole('checkbox', { name: /^Bring back Beta Metal → Gamma Magnet/ }).check();
  await expect(merge).toBeEnabled();
  await snapshots.merge();
  await expect(app.statusCounts).toHaveText('Showing 3 of 3 facilities, 2 of 2 flows');
  // One step to undo, like any merge.
  await page.keyboard.press('Control+z');
  await expect(app.statusCounts).toHaveText('Showing 2 of 2 facilities, 1 of 1 flows');
});

test('record by record: Merge waits for a choice per conflict; keeping mine keeps my value and takes their other changes', async ({
  page,
  host,
  request,
}, info) => {
  const { theirs } = await colleagueWithChanges(request, host, info.outputPath());
  const { snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  await snapshots.expectDiff({ added: 1, changed: 1, removed: 0, conflicting: 1 });
  await snapshots.chooseMergeMode('Record by record');
  const merge = snapshots.root.getByRole('button', { name: 'Merge into this workspace' });
  await expect(merge).toBeDisabled();
  await expect(snapshots.root.getByText('Choose a side for 1 conflict first.')).toBeVisible();
  const conflicts = await snapshots.diffList('conflicting');
  await conflicts.getByRole('radiogroup', { name: 'Keep which version of Gamma Magnet' }).getByRole('radio', { name: 'Keep mine' }).check();
  await expect(merge).toBeEnabled();
  await snapshots.merge();
  await expect(snapshots.mergeResult).toContainText('1 added, 1 changed, 0 removed; conflicts: 0 theirs, 1 mine');
  const after = await records(request, host);
  const byName = (name: string) => after.facilities.find((f) => f.name === name);
  expect(byName('Gamma Magnet')?.capacity_t).toBe(111);
  expect(byName('Beta Metal')?.notes).toBe('Expanded in 2025');
  expect(byName('Delta Mine')).toBeDefined();
});

test('a tampered snapshot (one byte of a record changed), dropped on the page, is refused with a message and nothing changes', async ({
  page,
  host,
  request,
}) => {
  await seedSmallChain(request, host.url);
  const exported = await callApi(request, host.url, 'snapshot.export', { author: 'Me' });
  const json = gunzipSync(Buffer.from(exported.data, 'base64'));
  const at = json.indexOf('Beta Metal');
  expect(at).toBeGreaterThan(0);
  json[at] = 'Z'.charCodeAt(0); // "Zeta Metal": the records no longer match their SHA-256
  const tampered = { name: 'tampered.lodestone', mimeType: 'application/gzip', buffer: gzipSync(json) };
  const before = await records(request, host);

  const { app, snapshots } = await openSnapshots(page, host);
  await snapshots.dropFile(tampered);
  await expect(snapshots.refusal).toBeVisible();
  await expect(snapshots.refusal).toContainText('nothing was changed');
  await expect(snapshots.refusal).toContainText(/tampered\.lodestone: .*(SHA-256|hash)/i);
  await expect(snapshots.diffCount('added')).toHaveCount(0);
  await expect(snapshots.root.getByRole('button', { name: 'Merge into this workspace' })).toHaveCount(0);
  expect(await records(request, host)).toEqual(before);
  await app.expectCounts([3, 3], [2, 2]);
});

test("open read-only lists the snapshot's records and what its scenarios assume, names as text, without merging", async ({ page, host, request }, info) => {
  const { chain, colleague } = await chainSharedWithColleague(request, host, info.outputPath());
  await colleague.importFacilities(['id,name,stage,country,notes', `,${XSS_NAME},mine,AU,<script>alert(2)</script>`].join('\n'));
  await colleague.saveScenario({
    name: 'Alpha stops, Australia bans',
    months: 6,
    notes: '<b>check</b> with Cho',
    disruptions: [
      { kind: 'facility', id: 'alpha separation', fraction: 1, start_month: 2 },
      { kind: 'country', country: 'AU', fraction: 0.5, start_month: 3, end_month: 4 },
    ],
  });
  const theirs = await colleague.exportSnapshot('browse.lodestone', 'Colleague Cho');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const before = await records(request, host);

  const { snapshots } = await openSnapshots(page, host);
  await snapshots.chooseSnapshot(theirs);
  await snapshots.expectDiff({ added: 2, changed: 0, removed: 0, conflicting: 0 });
  await expect(await snapshots.diffList('added')).toContainText(XSS_NAME);
  await snapshots.openReadOnly();
  const grid = snapshots.snapshotGrid('facilities');
  await expect(grid.locator('.grid-body [role="row"]')).toHaveCount(4);
  for (const name of ['Alpha Separation', 'Beta Metal', 'Gamma Magnet', XSS_NAME]) await expect(grid).toContainText(name);
  await expect(grid).toContainText('<script>alert(2)</script>');
  await expect(grid.locator('img')).toHaveCount(0);

  await snapshots.root.getByRole('tab', { name: /2 flows/ }).click();
  const flows = snapshots.snapshotGrid('flows');
  await expect(flows.locator('.grid-body [role="row"]').filter({ hasText: 'Alpha Separation' })).toContainText(chain.beta.name);

  await snapshots.root.getByRole('tab', { name: '1 material' }).click();
  await expect(snapshots.snapshotGrid('materials').locator('.grid-body [role="row"]')).toHaveCount(1);
  await snapshots.root.getByRole('tab', { name: '0 sources' }).click();
  await expect(snapshots.root.getByText('This snapshot holds no sources.')).toBeVisible();

  // A scenario: the table cuts it short; chosen, all it assumes in words, its records named.
  await snapshots.root.getByRole('tab', { name: '1 saved scenario' }).click();
  const scenarios = snapshots.snapshotGrid('saved scenarios');
  await expect(scenarios.locator('.grid-body [role="row"]')).toHaveCount(1);
  await scenarios.getByText('Alpha stops, Australia bans').click();
  const detail = snapshots.root.getByRole('region', { name: 'What Alpha stops, Australia bans assumes' });
  await expect(detail.getByRole('listitem')).toHaveText([
    'Alpha Separation (China) stops from month 2.',
    'Australia stops 50% of its exports from month 3 to month 4.',
  ]);
  await expect(detail).toContainText('6 months');
  await expect(detail).toContainText('<b>check</b> with Cho');
  await expect(detail.locator('b')).toHaveCount(0);
  expect(await records(request, host)).toEqual(before);
  expect(dialogs).toBe(0);
});

test('CSV import: a renamed column mapped by hand imports; a bad line is reported with its line number and nothing is imported', async ({
  page,
  host,
  request,
}) => {
  await seedSmallChain(request, host.url);
  const { app, snapshots } = await openSnapshots(page, host);

  // A bad stage on line 3: reported, Import stays disabled.
  const bad = ['name,stage,country', 'Epsilon Mine,mine,AU', 'Zeta Works,smelter,MY'].join('\n');
  await snapshots.chooseCsv('Facilities', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(snapshots.csvErrors('Facilities')).toContainText(/Line 3, stage: Stage must be one of/);
  await expect(snapshots.csvPreview('Facilities').getByRole('row', { name: /^3 / })).toHaveClass(/has-error/);
  await expect(snapshots.importCsvButton).toBeDisabled();
  expect((await callApi(request, host.url, 'facilities.list', {})).length).toBe(3);

  // Their own column names: "Plant" is unknown until mapped to name; "Internal" is ignored.
  const theirs = ['Plant,stage,Nation,Internal', 'Epsilon Mine,mine,AU,x', 'Zeta Works,metal,MY,y'].join('\n');
  await snapshots.chooseCsv('Facilities', { name: 'plants.csv', mimeType: 'text/csv', buffer: Buffer.from(theirs) });
  await expect(snapshots.csvErrors('Facilities')).toContainText(/Line 1, Plant: Unknown column "Plant"/);
  await expect(snapshots.importCsvButton).toBeDisabled();
  await snapshots.mapColumn('Facilities', 'Plant', 'name');
  await snapshots.mapColumn('Facilities', 'Nation', 'country');
  await snapshots.mapColumn('Facilities', 'Internal', 'Ignore');
  await expect(snapshots.csvPreview('Facilities')).toContainText('No problems found.');
  await expect(snapshots.importCsvButton).toBeEnabled();
  await snapshots.importCsvButton.click();
  await expect(snapshots.root.getByTestId('csv-result')).toContainText('2 facilities and 0 flows created');

  const facilities = await callApi(request, host.url, 'facilities.list', {});
  expect(facilities.map((f) => [f.name, f.stage, f.country]).sort()).toEqual(
    [
      ['Alpha Separation', 'separation', 'CN'],
      ['Beta Metal', 'metal', 'CN'],
      ['Epsilon Mine', 'mine', 'AU'],
      ['Gamma Magnet', 'magnet', 'US'],
      ['Zeta Works', 'metal', 'MY'],
    ].sort(),
  );
  await app.expectCounts([5, 5], [2, 2]);
  await page.keyboard.press('Control+z');
  await app.expectCounts([3, 3], [2, 2]);
});

test('CSV import: flows may name facilities of the facilities file imported with them', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const { snapshots } = await openSnapshots(page, host);
  const flows = ['from,to,material,volume_t', 'Epsilon Mine,Alpha Separation,Mixed concentrate,900'].join('\n');
  await snapshots.chooseCsv('Flows', { name: 'flows.csv', mimeType: 'text/csv', buffer: Buffer.from(flows) });
  await expect(snapshots.csvErrors('Flows')).toContainText(/Line 2, from/);
  await snapshots.chooseCsv('Facilities', { name: 'facilities.csv', mimeType: 'text/csv', buffer: Buffer.from('name,stage,country\nEpsilon Mine,mine,AU\n') });
  await expect(snapshots.csvPreview('Flows')).toContainText('No problems found.');
  await expect(snapshots.csvPreview('Facilities')).toContainText('No problems found.');
  await snapshots.importCsvButton.click();
  await expect(snapshots.root.getByTestId('csv-result')).toContainText('1 facility and 1 flow created');
  const created = (await callApi(request, host.url, 'flows.list', {})).length;
  expect(created).toBe(3);
});

test('CSV import: a materials file with its REO factors, named by the flows imported with it', async ({ page, host, request }) => {
  await seedSmallChain(request, host.url);
  const { snapshots } = await openSnapshots(page, host);
  const flows = ['from,to,material,volume_t', 'Alpha Separation,Beta Metal,Didymium oxide,120'].join('\n');
  const materials = ['name,form,elements,reo_factor', 'Didymium oxide,oxide,Nd;Pr,0.99', 'Monazite sand,ore,Ce;La;Nd;Th,0.55'].join('\n');
  await snapshots.chooseCsv('Flows', { name: 'flows.csv', mimeType: 'text/csv', buffer: Buffer.from(flows) });
  await snapshots.chooseCsv('Materials', { name: 'materials.csv', mimeType: 'text/csv', buffer: Buffer.from(materials) });
  await expect(snapshots.csvPreview('Materials')).toContainText('No problems found.');
  await expect(snapshots.csvPreview('Materials')).toContainText('Monazite sand');
  await expect(snapshots.csvPreview('Flows')).toContainText('No problems found.');
  await snapshots.importCsvButton.click();
  await expect(snapshots.root.getByTestId('csv-result')).toContainText('2 materials, 0 facilities and 1 flow created');
  // The flow carries the material of the file, with its factor, not a new bare one.
  const all = await callApi(request, host.url, 'materials.list', {});
  const didymium = all.filter((m) => m.name === 'Didymium oxide');
  expect(didymium).toHaveLength(1);
  expect(didymium[0]).toMatchObject({ form: 'oxide', elements: ['Nd', 'Pr'], reo_factor: 0.99 });
  const carried = (await callApi(request, host.url, 'flows.list', {})).filter((f) => f.material_id === didymium[0]!.id);
  expect(carried.map((f) => f.volume_t)).toEqual([120]);
});

test('CSV import: what the import did is listed, an update field by field', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  const { snapshots } = await openSnapshots(page, host);
  const facilities = ['id,name,stage,country,capacity_t', `${chain.alpha.id},Alpha Separation,separation,CN,15000`, ',Epsilon Mine,mine,AU,'].join('\n');
  await snapshots.chooseCsv('Facilities', { name: 'facilities.csv', mimeType: 'text/csv', buffer: Buffer.from(facilities) });
  await expect(snapshots.csvPreview('Facilities')).toContainText('No problems found.');
  await snapshots.importCsvButton.click();
  const result = snapshots.root.getByTestId('csv-result');
  await expect(result).toContainText('1 facility and 0 flows created, 1 updated');
  await result.getByRole('button', { name: 'Show the changes' }).click();
  const changes = result.getByRole('region', { name: /^What Import CSV.* changed$/ });
  await expect(changes.getByTestId('change-count-changed')).toHaveText(/^1\s*Changed/);
  await changes.getByTestId('change-count-changed').click();
  const changed = changes.getByRole('list', { name: 'Changed by the import' });
  await expect(changed.getByRole('row', { name: /Capacity \(t\/yr\)/ })).toHaveText(/12,000\s*→?\s*15,000/);
  await changes.getByTestId('change-count-added').click();
  await expect(changes.getByRole('list', { name: 'Added by the import' })).toContainText('Epsilon Mine');
  await expectNoSeriousAxeViolations(page, '[data-testid="csv-result"]');
});

test('GraphML export downloads a file that parses as XML with the nodes and edges', async ({ page, host, request }) => {
  const chain = await seedSmallChain(request, host.url);
  const { snapshots } = await openSnapshots(page, host);
  const download = await snapshots.exportFormat('GraphML');
  expect(download.suggestedFilename()).toMatch(/\.graphml$/);
  const text = await readFile(await download.path(), 'utf8');
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      nodes: [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')),
      edges: [...doc.getElementsByTagName('edge')].map((e) => [e.getAttribute('source'), e.getAttribute('target')]),
    };
  }, text);
  expect(parsed.error).toBe(0);
  expect(parsed.nodes.sort()).toEqual([chain.alpha.id, chain.beta.id, chain.gamma.id].sort());
  expect(parsed.edges).toEqual(
    expect.arrayContaining([
      [chain.alpha.id, chain.beta.id],
      [chain.beta.id, chain.gamma.id],
    ]),
  );
  expect(text).toContain('Alpha Separation');
});
