// The Lodestone window as a person sees it: top bar, sidebar, status bar, first-run offer.
import { expect, type Locator, type Page } from '@playwright/test';
import { openApp, waitForAppReady, type Host } from '../fixtures';
import { Inspector } from './inspector';
import { RecordTable } from './table';

export type ViewName = 'Facilities' | 'Flows' | 'Materials' | 'Sources';

export class LodestoneApp {
  readonly statusCounts: Locator;
  readonly inspector: Inspector;
  readonly facilities: RecordTable;
  readonly flows: RecordTable;
  readonly materials: RecordTable;
  readonly sources: RecordTable;
  readonly undoButton: Locator;
  readonly redoButton: Locator;

  constructor(readonly page: Page) {
    this.statusCounts = page.getByTestId('status-counts');
    this.inspector = new Inspector(page);
    this.facilities = new RecordTable(page, 'Facilities');
    this.flows = new RecordTable(page, 'Flows');
    this.materials = new RecordTable(page, 'Materials');
    this.sources = new RecordTable(page, 'Sources');
    this.undoButton = page.getByRole('banner').getByRole('button', { name: /^(Undo |Nothing to undo)/ });
    this.redoButton = page.getByRole('banner').getByRole('button', { name: /^(Redo |Nothing to redo)/ });
  }

  async open(host: Pick<Host, 'url'>): Promise<void> {
    await openApp(this.page, host);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await waitForAppReady(this.page);
  }

  get firstRun(): Locator {
    return this.page.getByRole('region', { name: 'This workspace is empty' });
  }

  async loadSample(): Promise<void> {
    await this.firstRun.getByRole('button', { name: 'Load the rare-earth sample workspace' }).click();
  }

  async startEmpty(): Promise<void> {
    await this.firstRun.getByRole('button', { name: 'Start with an empty workspace' }).click();
    await expect(this.firstRun).toBeHidden();
  }

  async goTo(view: ViewName): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${view}\\b`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: view })).toBeVisible();
  }

  /** The top bar's "New <record>" button for the current view. */
  async newRecord(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: /^New / }).click();
    await expect(this.inspector.title).toHaveText(/^New /);
  }

  async expectCounts(facilities: [number, number], flows: [number, number]): Promise<void> {
    await expect(this.statusCounts).toHaveText(
      `Showing ${facilities[0]} of ${facilities[1]} facilities, ${flows[0]} of ${flows[1]} flows`,
    );
  }

  /** The open confirmation dialog ("Discard unsaved changes?", "Delete …?"). */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  notice(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text);
  }
}
