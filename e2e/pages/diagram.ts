// The diagram view: toolbar, filters, and the cytoscape canvas. The canvas container
// carries data-node-count / data-edge-count; node screen positions are read from the
// cytoscape instance that cytoscape registers on its container (`_cyreg`).
import { expect, type Download, type Locator, type Page } from '@playwright/test';

interface CyLike {
  getElementById(id: string): {
    empty(): boolean;
    renderedPosition(): { x: number; y: number };
    data(key: string): unknown;
    selected(): boolean;
    visible(): boolean;
  };
  nodes(): { filter(sel: string): { map<T>(fn: (n: { id(): string }) => T): T[] } };
}

export class Diagram {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly toolbar: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('diagram');
    this.canvas = page.getByTestId('diagram-canvas');
    this.toolbar = this.root.getByRole('toolbar', { name: 'Diagram tools' });
    this.filters = this.root.getByRole('search', { name: 'Filter the diagram' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Diagram\b/ }).click();
    await expect(this.root).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Diagram' })).toBeVisible();
  }

  async expectCounts(nodes: number, edges: number): Promise<void> {
    await expect(this.canvas).toHaveAttribute('data-node-count', String(nodes));
    await expect(this.canvas).toHaveAttribute('data-edge-count', String(edges));
  }

  /** Waits until no viewport animation (centring on a found facility) is running. */
  async waitForStill(): Promise<void> {
    await this.page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="diagram-canvas"]') as unknown as { _cyreg?: { cy?: { animated(): boolean } } } | null;
      const cy = el?._cyreg?.cy;
      return !!cy && !cy.animated();
    });
  }

  /** Where a node is drawn, in page coordinates. */
  async nodePoint(id: string): Promise<{ x: number; y: number }> {
    await this.waitForStill();
    const box = (await this.canvas.boundingBox())!;
    const p = await this.canvas.evaluate((el, nodeId) => {
      const cy = (el as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      const n = cy.getElementById(nodeId);
      if (n.empty()) throw new Error(`No node ${nodeId} in the diagram`);
      return n.renderedPosition();
    }, id);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  /** A node's label as cytoscape draws it (null if the node is not there). */
  async label(id: string): Promise<string | null> {
    return this.canvas.evaluate((el, nodeId) => {
      const cy = (el as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      const n = cy.getElementById(nodeId);
      return n.empty() ? null : (n.data('label') as string);
    }, id);
  }

  async isSelected(id: string): Promise<boolean> {
    return this.canvas.evaluate((el, nodeId) => {
      const cy = (el as unknown as { _cyreg: { cy: CyLike } })._cyreg.cy;
      const n = cy.getElementById(nodeId);
      return !n.empty() && n.selected();
    }, id);
  }

  async clickNode(id: string, withShift = false): Promise<void> {
    const p = await this.nodePoint(id);
    if (withShift) await this.page.keyboard.down('Shift');
    await this.page.mouse.click(p.x, p.y);
    if (withShift) await this.page.keyboard.up('Shift');
  }

  /** Drags with the mouse from one node to another, in steps (cytoscape follows pointer moves). */
  async dragBetween(fromId: string, toId: string): Promise<void> {
    const a = await this.nodePoint(fromId);
    const b = await this.nodePoint(toId);
    const mouse = this.page.mouse;
    await mouse.move(a.x, a.y);
    await mouse.down();
    await mouse.move(a.x + (b.x - a.x) * 0.3, a.y + (b.y - a.y) * 0.3, { steps: 5 });
    await mouse.move(b.x, b.y, { steps: 10 });
    await this.page.waitForTimeout(200); // edgehandles' hover delay before the target counts
    await mouse.move(b.x + 1, b.y + 1, { steps: 2 });
    await mouse.up();
  }

  /** Where every node is drawn, in page coordinates, by id. */
  async nodePoints(): Promise<Map<string, { x: number; y: number }>> {
    await this.waitForStill();
    const box = (await this.canvas.boundingBox())!;
    const points = await this.canvas.evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: { nodes(): { map<T>(f: (n: { id(): string; renderedPosition(): { x: number; y: number } }) => T): T[] } } } })._cyreg.cy;
      return cy.nodes().map((n) => [n.id(), n.renderedPosition()] as const);
    });
    return new Map(points.map(([id, p]) => [id, { x: box.x + p.x, y: box.y + p.y }]));
  }

  /** The point a fraction `t` of the way from one node to another, in page coordinates. */
  async pointAlong(fromId: string, toId: string, t: number): Promise<{ x: number; y: number }> {
    const a = await this.nodePoint(fromId);
    const b = await this.nodePoint(toId);
    return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  }

  /** The stage names shown above the chain's columns: text and drawn box, left to right by line. */
  async stageHeaders(): Promise<{ text: string; left: number; right: number; top: number; bottom: number }[]> {
    await this.waitForStill();
    return this.root.getByTestId('diagram-stage-headers').evaluate((svg) =>
      Array.from(svg.querySelectorAll('text'))
        .filter((t) => t.getAttribute('visibility') !== 'hidden')
        .map((t) => {
          const box = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom };
        })
        .sort((a, b) => a.top - b.top || a.left - b.left),
    );
  }

  /** Scrolls the wheel over a point, zooming in `steps` times around it. */
  async zoomAt(point: { x: number; y: number }, steps: number): Promise<void> {
    await this.page.mouse.move(point.x, point.y);
    for (let i = 0; i < steps; i++) await this.page.mouse.wheel(0, -400);
    await this.waitForStill();
  }

  async clickAt(point: { x: number; y: number }): Promise<void> {
    await this.page.mouse.click(point.x, point.y);
  }

  /** Ids of the selected nodes and edges, as cytoscape has them. */
  async selectedIds(): Promise<string[]> {
    return this.canvas.evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: { $(selector: string): { map(f: (e: { id(): string }) => string): string[] } } } })._cyreg.cy;
      return cy.$(':selected').map((e) => e.id());
    });
  }

  /** Ids of the nodes and edges cytoscape holds with a data-check warning's halo (class `flagged`, drawn with an underlay). */
  async flaggedIds(): Promise<string[]> {
    return this.canvas.evaluate((el) => {
      type Ele = { id(): string; style(name: string): string };
      const cy = (el as unknown as { _cyreg: { cy: { $(selector: string): { map<T>(f: (e: Ele) => T): T[] } } } })._cyreg.cy;
      return cy.$('.flagged').map((e) => (Number(e.style('underlay-opacity')) > 0 ? e.id() : `${e.id()} (no halo drawn)`)).sort();
    });
  }

  /** The legend's data-check warnings entry: its checkbox turns the haloes on and off. */
  get warningsLegend(): Locator {
    return this.root.getByTestId('legend-warnings');
  }

  /** The tooltip shown while the pointer rests on a node. */
  async hoverNode(id: string): Promise<Locator> {
    const p = await this.nodePoint(id);
    await this.page.mouse.move(p.x, p.y);
    return this.root.getByRole('tooltip');
  }

  async filterBy(what: 'country' | 'stage' | 'material' | 'element' | 'status' | 'year' | 'confidence', value: string): Promise<void> {
    await this.filters.getByRole('combobox', { name: `Filter by ${what}` }).selectOption(value);
  }

  async find(text: string): Promise<void> {
    await this.toolbar.getByRole('searchbox', { name: 'Find a facility' }).fill(text);
    await this.toolbar.getByRole('button', { name: 'Find', exact: true }).click();
  }

  async toggleDrawMode(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Draw flows' }).click();
  }

  async exportAs(kind: 'PNG' | 'SVG'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.toolbar.getByRole('button', { name: `Export ${kind}` }).click()]);
    return download;
  }
}
