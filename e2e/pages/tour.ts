// A walk through every view of the window, as a person would click through it: the four
// record tables, a record open in the inspector (and one with a data-check finding), the diagram (chain and map layouts), every
// Analysis tab (and the Checks tab's review dialog and reviewed list), every Snapshots task, and the Report with its scenario choice open. At each stop
// it waits until the view has drawn, then hands over to the caller (the egress and the
// accessibility checks both use it, so they cover the same views).
import { expect } from '@playwright/test';
import { AnalysisPage, type AnalysisTabName } from './analysis';
import type { LodestoneApp, ViewName } from './app';
import { Diagram } from './diagram';
import { SnapshotsPage, type SnapshotSection } from './snapshots';

const TABLES: readonly ViewName[] = ['Facilities', 'Flows', 'Materials', 'Sources'];
const ANALYSIS_TABS: readonly AnalysisTabName[] = ['Dependence', 'Concentration', 'Chokepoints', 'Scenarios', 'Checks'];
const SNAPSHOT_SECTIONS: readonly SnapshotSection[] = ['Export', 'Import', 'History', 'Other formats', 'CSV import'];

export type Stop = (name: string) => Promise<void>;

/** One of the sample's saved scenarios (assets/sample/scenarios.json), which the Report prints and offers to leave out. */
const SAMPLE_SCENARIO = 'Baotou separation stops for six months';

/** Visits every view of an app already open on the sample workspace; returns the stops' names. */
export async function visitEveryView(app: LodestoneApp, stop: Stop): Promise<string[]> {
  const page = app.page;
  const visited: string[] = [];
  const at = async (name: string) => {
    visited.push(name);
    await stop(name);
  };

  for (const table of TABLES) {
    await app.goTo(table);
    await expect(page.getByRole('grid', { name: table }).locator('.grid-body [role="row"]').first()).toBeVisible();
    await at(`${table} table`);
  }

  await app.goTo('Facilities');
  await app.facilities.rows.first().click();
  await expect(app.inspector.title).not.toHaveText(/^New /);
  await expect(app.inspector.root.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await at('Facilities table with the inspector open');
  // A facility the data checks flag: its findings listed above its fields.
  await app.facilities.filter('Chalco');
  await app.facilities.select('Chalco');
  await expect(app.inspector.findings.getByRole('listitem')).toHaveCount(1);
  await at('A flagged facility, its data-check finding in the inspector');
  await app.facilities.filter('');

  const diagram = new Diagram(page);
  await diagram.open();
  await expect(diagram.canvas).not.toHaveAttribute('data-node-count', '0');
  await at('Diagram, chain layout');
  await diagram.root.getByRole('combobox', { name: 'Layout' }).selectOption('map');
  await expect(diagram.canvas).not.toHaveAttribute('data-node-count', '0');
  await at('Diagram, map layout');

  const analysis = new AnalysisPage(page);
  await analysis.open();
  for (const tab of ANALYSIS_TABS) {
    await analysis.tab(tab);
    await analysis.settled();
    await at(`Analysis, ${tab}`);
  }
  // The Checks tab's review dialog, then a finding marked reviewed and the Reviewed list shown.
  const group = analysis.checkGroups.first();
  await group.getByRole('button', { name: /^Mark reviewed: / }).first().click();
  await expect(analysis.reviewDialog).toBeVisible();
  await at('Analysis, Checks, review dialog');
  await analysis.reviewDialog.getByLabel('Why is this right?').fill('Tour: judged right as recorded');
  await analysis.reviewDialog.getByRole('button', { name: 'Mark reviewed' }).click();
  await analysis.reviewed.getByRole('button', { name: 'Show' }).click();
  await expect(analysis.reviewed.getByRole('table')).toBeVisible();
  await at('Analysis, Checks, reviewed findings');

  const snapshots = new SnapshotsPage(page);
  await snapshots.open();
  for (const section of SNAPSHOT_SECTIONS) {
    await snapshots.show(section);
    await at(`Snapshots, ${section}`);
  }

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Report\b/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Report/ })).toBeVisible();
  // Checked once ready: the print button fades from its disabled grey to its blue, and a
  // check in the middle of the fade (a loaded machine) sees white text on a pale ground.
  await expect(page.getByRole('status').filter({ hasText: 'Ready to print' })).toBeVisible();
  await expect(page.locator('.report-toolbar .button-primary')).toHaveCSS('background-color', 'rgb(29, 95, 193)');
  await expect(page.getByTestId('report-scenario').filter({ hasText: SAMPLE_SCENARIO })).toHaveCount(1);
  await at('Report');
  const picker = page.locator('.report-toolbar details.report-scenario-picker');
  await picker.locator('summary').click();
  await expect(picker.getByRole('checkbox', { name: SAMPLE_SCENARIO })).toBeChecked();
  await at('Report, choosing the scenarios');
  await page.keyboard.press('Escape');
  return visited;
}
