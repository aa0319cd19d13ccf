// The Analysis page: target picker, the Dependence / Concentration / Chokepoints / Scenarios /
// Checks tabs, and the scenario editor. Charts are ECharts drawn as SVG; each panel's figures are
// also in text (the leader strip, tables), which is what tests read.
import { expect, type Locator, type Page } from '@playwright/test';

export type AnalysisTabName = 'Dependence' | 'Concentration' | 'Chokepoints' | 'Scenarios' | 'Checks';

export class AnalysisPage {
  readonly root: Locator;
  readonly panel: Locator;
  readonly busy: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('analysis');
    this.panel = this.root.getByRole('tabpanel');
    this.busy = this.root.locator('.analysis-busy');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Analysis\b/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Analysis' })).toBeVisible();
  }

  async tab(name: AnalysisTabName): Promise<void> {
    // A tab's name may carry a badge after it ("Checks 2").
    const tab = this.root.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Waits until no analysis is running or waiting. */
  async settled(): Promise<void> {
    await expect(this.busy).toHaveText('');
  }

  /** Picks a target facility with the searchable picker (type, then Enter takes the best match). */
  async addTarget(name: string): Promise<void> {
    const box = this.root.getByRole('combobox', { name: 'For' });
    await box.fill(name);
    await expect(this.root.getByRole('listbox', { name: 'Target facilities choices' })).toBeVisible();
    await box.press('Enter');
    await expect(this.root.getByRole('list', { name: 'Target facilities' })).toContainText(name);
  }

  async countriesBy(by: 'Location' | 'Controlling owner'): Promise<void> {
    await this.root.getByRole('radiogroup', { name: 'Countries by' }).getByText(by, { exact: true }).click();
  }

  /** "Through China: Mine 56% Separation 80% ..." above the dependence chart. */
  get leaderStrip(): Locator {
    return this.panel.getByTestId('leader-strip');
  }

  get dependenceChart(): Locator {
    return this.panel.getByTestId('dependence-chart');
  }

  get sankey(): Locator {
    return this.panel.getByTestId('provenance-sankey');
  }

  /** A row of the concentration table, by stage id (data-stage). */
  concentrationRow(stage: string): Locator {
    return this.panel.getByRole('table', { name: 'Concentration by stage' }).locator(`tr[data-stage="${stage}"]`);
  }

  get chokepointTable(): Locator {
    return this.panel.getByRole('table', { name: 'Facilities' });
  }

  chokepointRow(id: string): Locator {
    return this.chokepointTable.locator(`tr[data-id="${id}"]`);
  }

  // ---------- data checks ----------

  /** The count of warnings on the Checks tab (absent when there are none). */
  get checksBadge(): Locator {
    return this.root.getByRole('tab', { name: /^Checks\b/ }).getByTestId('checks-badge');
  }

  get checksSummary(): Locator {
    return this.panel.getByTestId('checks-summary');
  }

  /** One check's section (data-check), e.g. "ships-more-than-receives". */
  checkGroup(check: string): Locator {
    return this.panel.locator(`section[data-check="${check}"]`);
  }

  get checkGroups(): Locator {
    return this.panel.locator('section[data-check]');
  }

  /** The dialog that asks why findings are right. */
  get reviewDialog(): Locator {
    return this.page.getByTestId('review-dialog');
  }

  /** The folded section of reviewed findings. */
  get reviewed(): Locator {
    return this.panel.getByTestId('checks-reviewed');
  }

  /** Opens the review dialog on a finding's row (by its record's name) and marks it with `note`. */
  async markReviewed(group: Locator, recordName: string, note: string): Promise<void> {
    await group.getByRole('button', { name: `Mark reviewed: ${recordName}` }).click();
    await this.reviewDialog.getByLabel('Why is this right?').fill(note);
    await this.reviewDialog.getByRole('button', { name: /^Mark (\d+ )?reviewed$/ }).click();
    await expect(this.reviewDialog).toHaveCount(0);
  }

  // ---------- scenarios ----------

  get scenarioList(): Locator {
    return this.root.getByRole('navigation', { name: 'Scenarios' });
  }

  get editor(): Locator {
    return this.root.getByRole('form', { name: 'Scenario' });
  }

  disruption(n: number): Locator {
    return this.editor.getByRole('group', { name: `Disruption ${n}` });
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: /^Save/ }).click();
  }

  async run(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Run', exact: true }).click();
  }

  get shortfallTable(): Locator {
    return this.panel.getByRole('table', { name: 'Months to shortfall' });
  }

  shortfallRow(id: string): Locator {
    return this.shortfallTable.locator(`tr[data-id="${id}"]`);
  }

  get supplyChart(): Locator {
    return this.panel.getByTestId('supply-chart');
  }
}
