// The Report page: a print preview of the workspace report and its "Save as PDF". The
// document sets data-report-ready="true" once its analyses have settled and the diagram
// image has loaded; tests wait on that before reading or printing it.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReportPage {
  readonly document: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.document = page.getByTestId('report');
    this.saveButton = page.getByRole('button', { name: 'Save as PDF' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Report\b/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  }

  async ready(): Promise<void> {
    await expect(this.document).toHaveAttribute('data-report-ready', 'true', { timeout: 30_000 });
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Report preview' });
  }

  /** The sheet's width on screen, the preview's visible width and its scrollable width, in CSS px. */
  async sheetFit(): Promise<{ sheet: number; visible: number; scrollable: number; scale: number }> {
    const sheet = (await this.document.boundingBox())!.width;
    const { visible, scrollable, scale } = await this.preview.evaluate((el: HTMLElement) => ({
      visible: el.clientWidth,
      scrollable: el.scrollWidth,
      scale: Number(el.dataset.scale),
    }));
    return { sheet, visible, scrollable, scale };
  }

  /** The sheet's computed CSS zoom, as text ('1' at full size). */
  async sheetZoom(): Promise<string> {
    return this.document.evaluate((el: HTMLElement) => getComputedStyle(el).zoom);
  }

  section(title: string): Locator {
    return this.document.getByRole('region', { name: title, exact: true });
  }

  /** A row of the concentration table, by stage id. */
  concentrationRow(stage: string): Locator {
    return this.section('Concentration by stage').locator(`table.report-concentration tr[data-stage="${stage}"]`);
  }

  /** An OEM's provenance block, by its name. */
  oem(name: string): Locator {
    return this.document.getByTestId('report-oem').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** A saved scenario's block, by its name. */
  scenario(name: string): Locator {
    return this.document.getByTestId('report-scenario').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** The toolbar's "Scenarios: n of m" disclosure, whose boxes choose the scenarios printed. */
  get scenarioPicker(): Locator {
    return this.page.locator('.report-toolbar details.report-scenario-picker');
  }

  get diagramImage(): Locator {
    return this.document.getByTestId('report-diagram-image');
  }

  /** The image's decoded size (0 x 0 when it failed to load). */
  async diagramImageSize(): Promise<{ width: number; height: number }> {
    return this.diagramImage.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
  }

  /** The report as Chromium prints it to PDF (print media, A4 from the page's CSS, with an outline of its headings). */
  async pdf(): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    try {
      return await this.page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
  }
}
