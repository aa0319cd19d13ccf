// The Snapshots page: export, import (verify, diff, merge, read-only), history, other
// formats and CSV import with a preview. Files go in through the real file inputs (or a
// drop on the page) and come out as downloads.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type CsvKind = 'Materials' | 'Facilities' | 'Flows';
export type SnapshotSection = 'Export' | 'Import' | 'History' | 'Other formats' | 'CSV import';
export type DiffGroup = 'added' | 'changed' | 'removed' | 'conflicting' | 'deleted';
const GROUP_NAMES: Readonly<Record<DiffGroup, string>> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  conflicting: 'Conflicting',
  deleted: 'Deleted here',
};
export interface FileContent {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class SnapshotsPage {
  readonly root: Locator;
  /** "This file was refused; nothing was changed." with the reason. */
  readonly refusal: Locator;
  readonly mergeResult: Locator;
  readonly exportSummary: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Snapshots' });
    this.refusal = this.root.getByRole('alert').filter({ hasText: 'This file was refused' });
    this.mergeResult = this.root.getByTestId('merge-result');
    this.exportSummary = this.root.getByTestId('export-summary');
    this.history = this.root.getByRole('table', { name: 'Snapshot history' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Snapshots\b/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Snapshots' })).toBeVisible();
  }

  async show(section: SnapshotSection): Promise<void> {
    const tab = this.root.getByRole('tablist', { name: 'Snapshot tasks' }).getByRole('tab', { name: section, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  // ---------- export ----------
  async pick(picker: 'Countries' | 'Materials' | 'Stages', label: string): Promise<void> {
    await this.root.getByRole('list', { name: picker }).getByRole('checkbox', { name: label }).check();
  }

  async setAuthor(author: string): Promise<void> {
    await this.root.getByRole('textbox', { name: 'Author' }).fill(author);
  }

  /** Clicks Export snapshot and returns the download it starts. */
  async exportSnapshot(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: 'Export snapshot' }).click();
    return download;
  }

  // ---------- import ----------
  async chooseSnapshot(file: string | FileContent): Promise<void> {
    await this.show('Import');
    await this.root.getByLabel('Choose a snapshot file…').setInputFiles(file);
  }

  /** Drops a file on the page, as from a file manager. */
  async dropFile(file: FileContent): Promise<void> {
    await this.root.locator('.snap-page').evaluate(
      (el, f) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
        el.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
        el.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
  }

  diffCount(group: DiffGroup): Locator {
    return this.root.getByTestId(`diff-count-${group}`);
  }

  async expectDiff(counts: Partial<Record<DiffGroup, number>>): Promise<void> {
    for (const [group, n] of Object.entries(counts) as [DiffGroup, number][]) {
      await expect(this.diffCount(group)).toHaveText(`${n}${GROUP_NAMES[group]}`);
    }
  }

  /** The records listed for one diff group (opens its tab). */
  async diffList(group: DiffGroup): Promise<Locator> {
    await this.diffCount(group).click();
    return this.root.getByRole('list', { name: `${GROUP_NAMES[group]} records`, exact: true });
  }

  async chooseMergeMode(mode: 'Take theirs for all' | 'Keep mine for all' | 'Record by record'): Promise<void> {
    await this.root.getByRole('radio', { name: mode }).check();
  }

  async merge(): Promise<void> {
    await this.root.getByRole('button', { name: 'Merge into this workspace' }).click();
    await expect(this.mergeResult).toBeVisible();
  }

  async openReadOnly(): Promise<void> {
    await this.root.getByRole('button', { name: 'Open read-only' }).click();
    await expect(this.snapshotGrid('facilities')).toBeVisible();
  }

  snapshotGrid(kind: 'facilities' | 'flows' | 'materials' | 'sources' | 'saved scenarios'): Locator {
    return this.root.getByRole('grid', { name: `Snapshot ${kind}` });
  }

  // ---------- history ----------
  /** Opens what a history row's merge changed; returns the list of one kind of change. */
  async mergeChanges(fileName: string, group: 'Added' | 'Changed' | 'Removed'): Promise<Locator> {
    const row = this.history.getByRole('row').filter({ hasText: fileName });
    const toggle = row.getByRole('button', { name: /the changes$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const changes = this.root.getByRole('region', { name: /^What Merge snapshot .* changed$/ });
    await changes.getByTestId(`change-count-${group.toLowerCase()}`).click();
    return changes.getByRole('list', { name: `${group} by the merge` });
  }

  // ---------- other formats ----------
  async exportFormat(label: string): Promise<Download> {
    await this.show('Other formats');
    const download = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: `Export ${label}`, exact: true }).click();
    return download;
  }

  // ---------- CSV ----------
  async chooseCsv(kind: CsvKind, file: FileContent): Promise<void> {
    await this.show('CSV import');
    await this.root.getByLabel(`${kind} CSV…`).setInputFiles(file);
  }

  csvPreview(kind: CsvKind): Locator {
    return this.root.getByRole('region', { name: `${kind} preview` });
  }

  async mapColumn(kind: CsvKind, column: string, field: string): Promise<void> {
    await this.csvPreview(kind).getByRole('combobox', { name: `Column "${column}" maps to` }).selectOption(field);
  }

  csvErrors(kind: CsvKind): Locator {
    return this.csvPreview(kind).getByTestId('csv-errors');
  }

  get importCsvButton(): Locator {
    return this.root.getByRole('button', { name: 'Import', exact: true });
  }
}
