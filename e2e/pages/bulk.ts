// The inspector with several rows chosen: set fields on all, cite a source for all, delete all.
import { expect, type Locator, type Page } from '@playwright/test';

export class BulkEditor {
  readonly root: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
    this.form = this.root.getByRole('form', { name: /^Set fields on / });
  }

  /** "3 facilities chosen". */
  get title(): Locator {
    return this.root.getByRole('heading', { level: 2 });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async set(label: string, value: string): Promise<void> {
    await this.field(label).selectOption(value);
  }

  async apply(): Promise<void> {
    await this.form.getByRole('button', { name: /^Apply to / }).click();
  }

  /** Cites a source (found by typing its title) for every chosen row. */
  async cite(title: string, note = ''): Promise<void> {
    const section = this.root.getByRole('form', { name: 'Cite a source' });
    const box = section.getByLabel('Source', { exact: true });
    await box.fill(title);
    await expect(section.getByRole('listbox', { name: 'source choices' })).toBeVisible();
    await box.press('Enter');
    if (note) await section.getByLabel('Note (page, table)').fill(note);
    await section.getByRole('button', { name: /^Cite for / }).click();
  }

  async deleteConfirmed(): Promise<void> {
    await this.root.getByRole('button', { name: /^Delete \d/ }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete' }).click();
  }
}
