// The Report page on the sample workspace: the summary, the concentration table with
// separation marked highly concentrated, chokepoints for all OEMs with China first, the
// provenance of a US prime showing China at separation and metal, the whole chain as an
// image; then the PDF Chromium prints from it (A4, every section, a landscape diagram
// page). A facility named with markup stays text in the report.
import { expect, test, type Host } from './fixtures';
import { callApi } from './pages/api';
import { LodestoneApp } from './pages/app';
import { ReportPage } from './pages/report';
import type { APIRequestContext, Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';

const F35_NAME = 'Lockheed Martin F-35 final assembly (Fort Worth)';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The sample loaded through the API, the app open on the Report page, ready; CSP refusals and dialogs collected. */
async function openSampleReport(page: Page, host: Host, request: APIRequestContext, before?: () => Promise<void>) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) problems.push(m.text());
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await callApi(request, host.url, 'workspace.loadSample', {});
  await before?.();
  await new LodestoneApp(page).open(host);
  const report = new ReportPage(page);
  await report.open();
  await report.ready();
  return { report, problems };
}

/** The pages of a PDF and their sizes in points (Chromium writes one /MediaBox per page object). */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  return pages.map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
}

/** PDF text strings as written in the outline: literal (ASCII) or hex UTF-16BE with a byte-order mark. */
function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  for (const m of text.matchAll(/\/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)/g)) {
    if (m[1] !== undefined) titles.push(m[1].replace(/\\(.)/g, '$1'));
    else {
      const hex = m[2]!.replace(/\s+/g, '');
      const bytes = Buffer.from(hex, 'hex');
      titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
    }
  }
  return titles;
}

test('the sample report: summary, concentration, chokepoints, provenance and the diagram, then a PDF of it', async ({ page, host, request }, testInfo) => {
  const { report, problems } = await openSampleReport(page, host, request);

  // Title block and summary.
  await expect(report.document.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect(report.document).toContainText(/Drawn up \d{1,2} \w+ \d{4}/);
  const counts = report.document.getByTestId('report-counts');
  await expect(counts).toContainText('Facilities72');
  await expect(counts).toContainText('Flows185');
  await expect(counts).toContainText('Sources6');
  const summary = report.section('Workspace summary');
  await expect(summary.getByRole('table', { name: 'Facilities by stage' }).locator('tr[data-stage="separation"]')).toContainText('13');
  await expect(summary.getByRole('table', { name: 'Facilities by country' }).locator('tr[data-country="US"]')).toContainText('United States23');
  await expect(summary.getByRole('table', { name: 'Confidence of the records' })).toContainText('Citing a source');

  // Data checks: the one warning (gallium recovered with nothing flowing in), the notices counted.
  const checks = report.section('Data checks');
  await expect(checks).toContainText('1 warning and 3 notices in 72 facilities and 185 flows.');
  const origins = checks.getByRole('table', { name: /^Ships more than it receives \(1\)\./ });
  await expect(origins.getByRole('row').nth(1)).toHaveText(
    'Chalco Shandong alumina refinery gallium recovery (Zibo)Ships 12 t/yr and receives nothing that counts: all of it counts as originating here.',
  );
  await expect(checks.getByTestId('report-notices')).toHaveText('Notices, worth a look but often intended: Receives but ships nothing (1), No flows (2).');

  // Concentration: separation highly concentrated on capacity (HHI 8,411 > 1,800), China first.
  const separation = report.concentrationRow('separation');
  await expect(separation.locator('td[data-basis="capacity"]')).toContainText('8,411');
  await expect(separation.locator('td[data-basis="capacity"]')).toContainText('Highly concentrated');
  await expect(separation).toContainText('China 92%');
  await expect(report.section('Concentration by stage')).toContainText('Mining only vs whole chain');

  // Chokepoints for all nine OEMs: China carries 97.2%; the Baotou metal plant leads the facilities.
  const chokepoints = report.section('Chokepoints for all OEMs');
  await expect(chokepoints).toContainText('all 9 OEMs');
  await expect(chokepoints.getByRole('table', { name: 'Chokepoint countries' }).locator('tbody tr').first()).toContainText(/China\s*97\.2%/);
  await expect(chokepoints.getByRole('table', { name: 'Chokepoint facilities' }).locator('tbody tr').first()).toContainText(
    'China Northern Rare Earth metal plant (Baotou)',
  );
  await expect(chokepoints.getByRole('heading', { name: 'Single points of failure' })).toBeVisible();

  // Provenance: every OEM has a block; the F-35's material passed through China at separation and metal.
  await expect(report.document.getByTestId('report-oem')).toHaveCount(9);
  const f35 = report.oem(F35_NAME);
  await expect(f35.locator('tr[data-stage="separation"]')).toContainText('China 79.7%');
  await expect(f35.locator('tr[data-stage="metal"]')).toContainText('China 81.2%');
  await expect(f35.locator('tr[data-stage="mine"]')).toContainText('China 56.1%');
  await expect(f35.locator('tr[data-stage="alloy"]')).toContainText('not through this stage 73.5%');
  await expect(f35.locator('tr[data-stage="metal"]')).not.toContainText('not through');
  // And how much of it rests on weak records: the sample's flows into the F-35 are low confidence.
  await expect(f35.getByTestId('report-evidence')).toContainText('100.0% through one of low confidence.');
  await expect(f35.getByTestId('report-evidence')).toContainText('Weak records carrying the most: Moog actuation systems (East Aurora) (facility, low) 51.8%;');
  await expect(f35.getByRole('list', { name: `Largest routes to ${F35_NAME}` }).getByRole('listitem')).toHaveCount(3);

  // The diagram: a real, decoded PNG of the whole chain.
  await expect(report.diagramImage).toBeVisible();
  const size = await report.diagramImageSize();
  expect(size.width).toBeGreaterThan(1500);
  expect(size.height).toBeGreaterThan(300);
  expect(await report.diagramImage.getAttribute('src')).toMatch(/^blob:/);

  // "Save as PDF" opens the print dialog once the report is ready (stubbed: headless has none).
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printedAs = document.title;
    };
  });
  const title = await page.title();
  await report.saveButton.click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-as', /^Lodestone report - .+ - \d{4}-\d{2}-\d{2}$/);
  await expect(page).toHaveTitle(title);

  // The PDF: A4 portrait pages and one landscape page for the diagram, every section in its outline.
  const pdf = await report.pdf();
  await writeFile(testInfo.outputPath('report.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(50 * 1024);
  const pages = pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(5);
  const a4 = (p: { width: number; height: number }) => Math.abs(p.width - 595) < 2 && Math.abs(p.height - 842) < 2;
  const a4Landscape = (p: { width: number; height: number }) => Math.abs(p.width - 842) < 2 && Math.abs(p.height - 595) < 2;
  expect(pages.filter(a4).length).toBe(pages.length - 1);
  expect(a4Landscape(pages.at(-1)!)).toBe(true);
  const titles = pdfOutlineTitles(pdf);
  for (const section of ['Workspace summary', 'Concentration by stage', 'Chokepoints for all OEMs', 'Provenance of the OEMs', 'The chain', F35_NAME]) {
    expect(titles).toContain(section);
  }
  // The diagram went into the PDF as an image.
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);

  expect(problems).toEqual([]);
});

test('saved scenarios in the report: what each assumes in words, the OEMs short and when; one left out from the toolbar', async ({ page, host, request }) => {
  const { report, problems } = await openSampleReport(page, host, request, async () => {
    const ban = JSON.parse(await readFile('docs/scenarios/china-export-ban.json', 'utf8'));
    await callApi(request, host.url, 'scenarios.create', { scenario: ban });
    await callApi(request, host.url, 'scenarios.create', {
      scenario: { ...ban, name: 'Ban, with USA Rare Earth online', disruptions: [...ban.disruptions, { kind: 'online', id: 'fac-usa-rare-earth-stillwater', fraction: 1, start_month: 1 }] },
    });
  });
  const BAN = 'China stops all rare-earth exports from month 1';
  // These two and the sample's own three (assets/sample/scenarios.json).
  await expect(report.scenarioPicker.locator('summary')).toHaveText('Scenarios: 5 of 5');
  const section = report.section('Disruption scenarios');
  await expect(section.getByTestId('report-scenario')).toHaveCount(5);
  await expect(report.scenario('Baotou separation stops for six months').getByRole('list', { name: 'What Baotou separation stops for six months assumes' })).toHaveText(
    'China Northern Rare Earth separation complex (Baotou, China) stops from month 1 to month 6.',
  );

  // The ban alone: in words, then the F-35 short in month 5, 38 t (as on the Analysis page).
  const ban = report.scenario(BAN);
  await expect(ban.getByRole('list', { name: `What ${BAN} assumes` })).toHaveText('China stops its exports from month 1.');
  await expect(ban.getByTestId('report-scenario-oems')).toHaveText(
    '7 of the 9 OEMs fall below half their supply within the 12 months; the first is Siemens Gamesa wind turbine plant (Brande) in month 1.',
  );
  const f35Row = (block: typeof ban) => block.getByRole('table', { name: /^OEMs in / }).getByRole('row').filter({ hasText: F35_NAME });
  await expect(f35Row(ban).locator('.months-cell')).toHaveText('5');
  await expect(f35Row(ban)).toContainText('38 t');
  await expect(ban.getByRole('table', { name: `Other facilities short in ${BAN}` })).toContainText('Moog actuation systems (East Aurora)');
  // Its chart: a line per OEM, the F-35's above the half-supply line in month 4 and below it in month 5.
  const chart = ban.getByRole('img', { name: new RegExp(`^Supply of the OEMs month by month in ${BAN}`) });
  await expect(chart.getByTestId('report-supply-line')).toHaveCount(9);
  await expect(ban.getByTestId('report-supply-chart').getByRole('listitem')).toHaveCount(9);
  const half = Number(await chart.locator('.is-half line').getAttribute('y1'));
  const f35Points = (await chart.locator('[data-facility="fac-lockheed-fort-worth"] polyline').getAttribute('points'))!.split(' ').map((p) => Number(p.split(',')[1]));
  expect(f35Points).toHaveLength(12);
  expect(f35Points[3]).toBeLessThan(half); // y grows downwards
  expect(f35Points[4]).toBeGreaterThan(half);

  // With the Stillwater magnet plant online from month 1, a month later and 31 t.
  const online = report.scenario('Ban, with USA Rare Earth online');
  await expect(online.getByRole('listitem').nth(1)).toHaveText('USA Rare Earth magnet plant (Stillwater, United States) comes online in month 1, at 100% of its recorded volumes.');
  await expect(f35Row(online).locator('.months-cell')).toHaveText('6');
  await expect(f35Row(online)).toContainText('31 t');

  // Left out from the toolbar (by keyboard), the ban is gone from the report; Escape closes the list.
  await report.scenarioPicker.locator('summary').focus();
  await page.keyboard.press('Enter');
  const banBox = report.scenarioPicker.getByRole('checkbox', { name: BAN });
  await banBox.focus();
  await page.keyboard.press('Space');
  await expect(banBox).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(report.scenarioPicker).not.toHaveAttribute('open');
  await expect(report.scenarioPicker.locator('summary')).toBeFocused();
  await expect(report.scenarioPicker.locator('summary')).toHaveText('Scenarios: 4 of 5');
  await report.ready();
  await expect(section.getByTestId('report-scenario')).toHaveCount(4);
  await expect(report.scenario(BAN)).toHaveCount(0);
  await expect(online).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('data checks in the report: a reviewed warning is set apart with the reason given, reviewed notices counted', async ({ page, host, request }) => {
  const CHALCO = 'Chalco Shandong alumina refinery gallium recovery (Zibo)';
  const { report, problems } = await openSampleReport(page, host, request, async () => {
    const facilities = (await callApi(request, host.url, 'facilities.list', {})) as { id: string; name: string }[];
    const id = (name: string) => facilities.find((f) => f.name === name)!.id;
    await callApi(request, host.url, 'checks.review', { findings: [{ check: 'ships-more-than-receives', record_id: id(CHALCO) }], note: `By-product of alumina refining ${HOSTILE}` });
    await callApi(request, host.url, 'checks.review', { findings: [{ check: 'dead-end', record_id: id('Solikamsk Magnesium Works') }], note: 'Stock' });
  });
  const checks = report.section('Data checks');
  await expect(checks).toContainText('0 warnings and 2 notices in 72 facilities and 185 flows; 2 reviewed findings set aside. No open warning: the warnings below were reviewed and judged right as recorded.');
  await expect(checks.getByRole('table', { name: /^Ships more than it receives/ })).toHaveCount(0);
  const reviewed = checks.getByRole('table', { name: /^Warnings reviewed and judged right as recorded \(1\)\./ });
  await expect(reviewed.getByRole('row').nth(1)).toHaveText(
    `${CHALCO}Ships more than it receives: Ships 12 t/yr and receives nothing that counts: all of it counts as originating here.By-product of alumina refining ${HOSTILE}`,
  );
  await expect(checks.getByTestId('report-notices')).toHaveText('Notices, worth a look but often intended: No flows (2). 1 more reviewed and set aside.');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a facility named with markup stays text in the report', async ({ page, host, request }) => {
  const { report, problems } = await openSampleReport(page, host, request, async () => {
    const magnets = await callApi(request, host.url, 'facilities.list', {});
    const magnetMaker = magnets.find((f) => f.stage === 'magnet' && f.country === 'JP')!;
    const materials = await callApi(request, host.url, 'materials.list', {});
    const magnet = materials.find((m) => m.form === 'magnet')!;
    const hostile = await callApi(request, host.url, 'facilities.create', { name: HOSTILE, stage: 'oem', country: 'US' });
    await callApi(request, host.url, 'flows.create', { from_id: magnetMaker.id, to_id: hostile.id, material_id: magnet.id, volume_t: 40 });
    // A closed twin still shipped to: a data-check warning that names it.
    const twin = await callApi(request, host.url, 'facilities.create', { name: HOSTILE, stage: 'oem', country: 'GB', status: 'closed' });
    await callApi(request, host.url, 'flows.create', { from_id: magnetMaker.id, to_id: twin.id, material_id: magnet.id, volume_t: 5 });
    await callApi(request, host.url, 'scenarios.create', {
      scenario: { name: HOSTILE, notes: HOSTILE, disruptions: [{ kind: 'facility', id: magnetMaker.id, fraction: 1, start_month: 1 }] },
    });
  });

  const block = report.oem(HOSTILE);
  await expect(block).toHaveCount(1);
  await expect(block.getByRole('heading', { level: 3 })).toHaveText(HOSTILE);
  await expect(block.locator('tr[data-stage="magnet"]')).toContainText('Japan 100.0%');
  await expect(report.section('Chokepoints for all OEMs')).toContainText('all 10 OEMs');
  // The data checks name it in the warning's flow and finding, as text.
  const leftOut = report.section('Data checks').getByRole('table', { name: /^Flow left out/ });
  await expect(leftOut.getByRole('rowheader')).toContainText(`→ ${HOSTILE} (`);
  await expect(leftOut.getByRole('cell')).toContainText(`but ${HOSTILE} is closed`);
  // A scenario named with it: its heading, notes and the OEM's row in its table are text.
  const scenario = report.scenario(HOSTILE);
  await expect(scenario).toContainText(`12 months · ${HOSTILE}`);
  await expect(scenario.getByRole('table', { name: `OEMs in ${HOSTILE}` }).getByRole('row').filter({ hasText: HOSTILE }).locator('.months-cell')).toHaveText('1');
  // No element was made from the name anywhere in the report.
  await expect(report.document.locator('img[src="x"]')).toHaveCount(0);
  await expect(report.document.locator('img')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('the preview fits the A4 sheet to a narrow window instead of cutting off its right side', async ({ page, host, request }) => {
  // The narrowest window the app allows (.app min-width).
  await page.setViewportSize({ width: 960, height: 720 });
  const { report } = await openSampleReport(page, host, request);
  const A4 = (210 / 25.4) * 96;
  const narrow = await report.sheetFit();
  expect(narrow.scale).toBeLessThan(1);
  expect(narrow.sheet).toBeLessThan(A4 - 30); // shrunk, not clipped
  expect(narrow.scrollable).toBeLessThanOrEqual(narrow.visible); // nothing to scroll sideways to
  await expect(report.section('Concentration by stage')).toBeVisible();

  // Given the room, the sheet is back at its size.
  await page.setViewportSize({ width: 1920, height: 1000 });
  await expect(report.preview).toHaveAttribute('data-scale', '1');
  const wide = await report.sheetFit();
  expect(wide.sheet).toBeCloseTo(A4, 0);
  expect(wide.scrollable).toBeLessThanOrEqual(wide.visible);

  // Printing ignores the preview's scale: with print media the sheet keeps its full size
  // whatever scale the preview holds (set here by hand, as no resize follows a print).
  await page.emulateMedia({ media: 'print' });
  await report.preview.evaluate((el: HTMLElement) => el.style.setProperty('--report-scale', '0.7'));
  expect(await report.sheetZoom()).toBe('1');
  await page.emulateMedia({ media: 'screen' });
  expect(await report.sheetZoom()).toBe('0.7');
});
