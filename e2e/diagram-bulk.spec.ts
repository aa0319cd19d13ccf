// The diagram of a big workspace (bulk mode: edges drawn by the edge layer, not cytoscape):
// it renders, a click on an edge selects that flow, a table selection shows on the canvas,
// filters count, and exports carry the edges.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type Host } from './fixtures';
import { LodestoneApp } from './pages/app';
import { callApi } from './pages/api';
import { Diagram } from './pages/diagram';

const STAGES = ['mine', 'concentrator', 'separation', 'metal', 'alloy', 'magnet', 'component', 'oem'];
const COUNTRIES = ['CN', 'US', 'AU', 'JP'];
const PER_STAGE = 100;
const FLOWS_PER_FACILITY = 4;

/** 800 facilities, 2,800 flows (past the bulk threshold of 3,000 elements), by CSV import. */
async function seedBigChain(request: APIRequestContext, hostUrl: string) {
  const facilities = ['id,name,stage,country,capacity_t'];
  const flows = ['id,from,to,material,volume_t,year'];
  STAGES.forEach((stage, s) => {
    for (let i = 0; i < PER_STAGE; i++) facilities.push(`f-${s}-${i},${stage} plant ${i},${stage},${COUNTRIES[i % COUNTRIES.length]},${1000 + i * 10}`);
  });
  for (let s = 0; s < STAGES.length - 1; s++) {
    for (let i = 0; i < PER_STAGE; i++) {
      for (let k = 0; k < FLOWS_PER_FACILITY; k++) {
        const to = (i * 7 + k * 13) % PER_STAGE;
        flows.push(`fl-${s}-${i}-${k},f-${s}-${i},f-${s + 1}-${to},NdPr oxide,${100 + k * 50},2024`);
      }
    }
  }
  // One very large flow sets the width scale, so the others are thin lines a click can tell apart.
  flows.push('fl-big,f-6-0,f-7-0,NdPr oxide,100000,2024');
  const report = await callApi(request, hostUrl, 'csv.import', { facilities: facilities.join('\n'), flows: flows.join('\n') });
  expect(report.errors).toEqual([]);
  return { facilities: facilities.length - 1, flows: flows.length - 1 };
}

type Point = { x: number; y: number };

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

/** The point along a flow that is farthest from every other flow (where a click is unambiguous). */
async function clearPointOn(diagram: Diagram, request: APIRequestContext, hostUrl: string, flowId: string): Promise<{ point: Point; clearance: number }> {
  const points = await diagram.nodePoints();
  const box = (await diagram.canvas.boundingBox())!;
  const inside = (p: Point) => p.x > box.x + 20 && p.x < box.x + box.width - 20 && p.y > box.y + 40 && p.y < box.y + box.height - 20;
  const flows = await callApi(request, hostUrl, 'flows.list', {});
  const flow = flows.find((f) => f.id === flowId)!;
  const a = points.get(flow.from_id)!;
  const b = points.get(flow.to_id)!;
  let best = { point: a, clearance: -1 };
  for (let t = 0.1; t <= 0.9; t += 0.02) {
    const point = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    if (!inside(point)) continue;
    let clearance = Infinity;
    for (const other of flows) {
      if (other.id === flowId) continue;
      clearance = Math.min(clearance, distanceToSegment(point, points.get(other.from_id)!, points.get(other.to_id)!));
    }
    for (const node of points.values()) clearance = Math.min(clearance, Math.hypot(node.x - point.x, node.y - point.y) - 10);
    if (clearance > best.clearance) best = { point, clearance };
  }
  return best;
}

async function openBigDiagram(page: Page, host: Host, request: APIRequestContext) {
  const counts = await seedBigChain(request, host.url);
  const app = new LodestoneApp(page);
  await app.open(host);
  const diagram = new Diagram(page);
  await diagram.open();
  await expect(diagram.canvas).toHaveAttribute('data-mode', 'bulk');
  await expect(diagram.canvas).toHaveAttribute('data-rendered', 'true', { timeout: 30_000 });
  return { app, diagram, counts };
}

test('a big workspace renders in bulk mode; clicking an edge selects that flow', async ({ page, host, request }) => {
  const { app, diagram, counts } = await openBigDiagram(page, host, request);
  await diagram.expectCounts(counts.facilities, counts.flows);
  await app.expectCounts([counts.facilities, counts.facilities], [counts.flows, counts.flows]);

  // Zoom in on a flow (mine plant 3 -> concentrator plant 21), then click it where no other flow is near.
  await diagram.zoomAt(await diagram.pointAlong('f-0-3', 'f-1-21', 0.5), 5);
  const target = await clearPointOn(diagram, request, host.url, 'fl-0-3-0');
  expect(target.clearance).toBeGreaterThan(2); // the nearest flow wins a click
  await diagram.clickAt(target.point);
  await expect(app.inspector.title).toHaveText('mine plant 3 → concentrator plant 21');
  await expect.poll(() => diagram.selectedIds()).toEqual(['fl-0-3-0']);

  // Escape clears the selection (the flow goes back to the edge layer); hovering the flow
  // shows its tooltip.
  await page.keyboard.press('Escape');
  await expect.poll(() => diagram.selectedIds()).toEqual([]);
  await expect(app.inspector.title).toHaveCount(0);
  await page.mouse.move(target.point.x, target.point.y);
  await expect(page.getByRole('tooltip')).toContainText('mine plant 3 → concentrator plant 21');
  await expect(page.getByRole('tooltip')).toContainText('NdPr oxide');
});

test('bulk mode: a flow selected in the table is selected on the canvas; filters count; exports carry the edges', async ({ page, host, request }) => {
  const { app, diagram } = await openBigDiagram(page, host, request);
  await app.goTo('Flows');
  await app.flows.filter('magnet plant 5');
  await app.flows.select(/magnet plant 5/);
  const title = (await app.inspector.title.textContent()) ?? '';
  await diagram.open();
  await expect.poll(async () => (await diagram.selectedIds()).length).toBe(1);
  // The flow selected on the canvas is the one the inspector shows.
  const [selected] = await diagram.selectedIds();
  const flow = (await callApi(request, host.url, 'flows.list', {})).find((f) => f.id === selected)!;
  const names = new Map((await callApi(request, host.url, 'facilities.list', {})).map((f) => [f.id, f.name]));
  expect(`${names.get(flow.from_id)} → ${names.get(flow.to_id)}`).toBe(title);

  await diagram.filterBy('country', 'CN');
  // 25 CN facilities per stage; flows whose both ends are Chinese.
  await expect(diagram.canvas).toHaveAttribute('data-node-count', '200');
  await expect(app.statusCounts).toContainText('Showing 200 of 800 facilities');
  await diagram.filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(diagram.canvas).toHaveAttribute('data-node-count', '800');

  const png = await diagram.exportAs('PNG');
  const pngBytes = await readFile((await png.path())!);
  expect([...pngBytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(20_000); // 2,800 coloured edges, not a blank page

  const svg = await diagram.exportAs('SVG');
  const svgText = await readFile((await svg.path())!, 'utf8');
  expect(svgText).toContain('<g class="edges"');
  expect((svgText.match(/<path d="M/g) ?? []).length).toBeGreaterThan(0);
  expect(svgText).toMatch(/stroke="#[0-9A-Fa-f]{6}"/);
});
