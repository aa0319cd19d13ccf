// A record table (virtualised ARIA grid) and its filter bar.
import { expect, type Locator, type Page } from '@playwright/test';

export class RecordTable {
  readonly grid: Locator;
  readonly filterBar: Locator;
  readonly filterText: Locator;

  constructor(
    readonly page: Page,
    /** The grid's accessible name: "Facilities", "Flows", "Materials" or "Sources". */
    readonly name: string,
  ) {
    this.grid = page.getByRole('grid', { name });
    this.filterBar = page.getByRole('search', { name: `Filter ${name.toLowerCase()}` });
    this.filterText = this.filterBar.getByRole('searchbox', { name: `Filter ${name.toLowerCase()}` });
  }

  /** Data rows currently rendered (the header row excluded). */
  get rows(): Locator {
    return this.grid.locator('.grid-body [role="row"]');
  }

  /** The selected row, if rendered. */
  get selectedRow(): Locator {
    return this.grid.locator('.grid-body [role="row"][aria-selected="true"]');
  }

  /** Puts the keyboard on the table, where the arrow keys move the selection. */
  async focus(): Promise<void> {
    await this.grid.focus();
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async select(text: string | RegExp): Promise<void> {
    await this.row(text).first().click();
    await expect(this.row(text).first()).toHaveAttribute('aria-selected', 'true');
  }

  /** Adds the rows from the selected one to this one (Shift+click). */
  async chooseTo(text: string | RegExp): Promise<void> {
    await this.row(text).first().click({ modifiers: ['Shift'] });
  }

  /** Adds or takes out one row (Ctrl+click, Cmd+click on macOS). */
  async toggle(text: string | RegExp): Promise<void> {
    await this.row(text).first().click({ modifiers: ['ControlOrMeta'] });
  }

  async filter(text: string): Promise<void> {
    await this.filterText.fill(text);
  }

  /** Picks a column filter by its value, e.g. filterBy('country', 'CN'). */
  async filterBy(column: string, value: string): Promise<void> {
    await this.filterBar.getByRole('combobox', { name: `Filter by ${column}` }).selectOption(value);
  }

  columnHeader(label: string): Locator {
    return this.grid.getByRole('columnheader', { name: label, exact: true });
  }

  async sortBy(label: string): Promise<void> {
    await this.columnHeader(label).getByRole('button').click();
  }
}
