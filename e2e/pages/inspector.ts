// The inspector panel: the record editor on the right.
import { expect, type Locator, type Page } from '@playwright/test';

export class Inspector {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async select(label: string, value: string): Promise<void> {
    await this.field(label).selectOption(value);
  }

  /** A searchable picker: types, then takes the best match with Enter. */
  async choose(label: string, text: string): Promise<void> {
    const box = this.field(label);
    await box.fill(text);
    await expect(this.root.getByRole('listbox', { name: `${label.toLowerCase()} choices` })).toBeVisible();
    await box.press('Enter');
  }

  /** The "Data checks" section: what the checks found about the record (absent when nothing). */
  get findings(): Locator {
    return this.root.getByTestId('record-findings');
  }

  /** One finding of the section, by its check's id (e.g. 'above-capacity'). */
  finding(check: string): Locator {
    return this.findings.locator(`li[data-check="${check}"]`);
  }

  get title(): Locator {
    return this.root.getByRole('heading', { level: 2 });
  }

  async create(): Promise<void> {
    await this.root.getByRole('button', { name: /^Create / }).click();
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The inline message under a field (its accessible description). */
  async expectError(label: string, message: string | RegExp): Promise<void> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
  }

  /** Opens the record's history (if closed); its changes, newest first. */
  async history(): Promise<Locator> {
    const details = this.root.locator('details.record-history');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.getByText('History', { exact: true }).click();
    return details.getByRole('list', { name: /^Changes to this / });
  }

  /** Deletes the selected record, answering Delete to the confirmation. */
  async deleteConfirmed(): Promise<void> {
    await (await this.delete()).getByRole('button', { name: 'Delete' }).click();
  }

  async delete(): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
