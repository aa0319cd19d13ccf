// The canvas under cytoscape's that draws a big diagram's edges in bulk (model/edgeBulk.ts).
// It follows cytoscape's viewport. A full draw of 20,000 edges takes tens of milliseconds
// in a software-rendered browser, so while the view moves it shows the last full drawing,
// moved and scaled (as cytoscape's own textureOnViewport does), and draws in full once the
// view rests; when full draws are cheap it simply draws every frame. While nodes are
// dragged, the edges that do not touch them are drawn once and the moving ones per frame.
import { drawEdgeBulk, edgeBulkSvgPaths, type DrawOptions, type EdgeBulk, type Viewport } from './model/edgeBulk';

/** A full draw faster than this is done on every frame, even while the view moves. */
const CHEAP_DRAW_MS = 12;
/** The view counts as resting this long after its last change. */
const SETTLE_MS = 140;

export class EdgeLayer {
  private readonly context: CanvasRenderingContext2D;
  /** The last full drawing and the viewport it was drawn at. */
  private readonly snapshot: HTMLCanvasElement;
  private snapshotViewport: Viewport | null = null;
  private bulk: EdgeBulk | null = null;
  private viewport: Viewport = { zoom: 1, pan: { x: 0, y: 0 } };
  private skip: ReadonlySet<number> = new Set();
  private highlighted: ReadonlySet<number> | null = null;
  private moving: ReadonlySet<number> | null = null;
  private width = 0;
  private height = 0;
  private frame = 0;
  private settleTimer = 0;
  private pending: 'full' | 'moved' | 'drag' | null = null;
  /** Milliseconds the last full draw took. */
  lastDrawMs = 0;
  /** Called after each full draw (the diagram's "rendered" signal waits for the first). */
  onFullDraw: (() => void) | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    this.context = context;
    this.snapshot = document.createElement('canvas');
  }

  setBulk(bulk: EdgeBulk): void {
    this.bulk = bulk;
    this.request('full');
  }

  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = Math.max(0, Math.floor(width));
    this.height = Math.max(0, Math.floor(height));
    this.canvas.width = this.width;
    this.canvas.height = this.height;
    this.snapshot.width = this.width;
    this.snapshot.height = this.height;
    this.snapshotViewport = null;
    this.request('full');
  }

  setViewport(viewport: Viewport): void {
    this.viewport = { zoom: viewport.zoom, pan: { x: viewport.pan.x, y: viewport.pan.y } };
    if (this.lastDrawMs <= CHEAP_DRAW_MS || !this.snapshotViewport) {
      this.request('full');
      return;
    }
    this.request('moved');
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => this.request('full'), SETTLE_MS);
  }

  /** Edges not drawn here (cytoscape draws the selected ones). */
  setSkip(skip: ReadonlySet<number>): void {
    this.skip = skip;
    this.request('full');
  }

  setHighlight(edges: ReadonlySet<number> | null): void {
    this.highlighted = edges;
    this.request('full');
  }

  /** Nodes (indices) about to be dragged: their edges are drawn per frame from now on. */
  startMoving(nodes: ReadonlySet<number>): void {
    this.moving = nodes.size ? nodes : null;
    this.request('full');
  }

  /** A moving node's position changed (already written into the bulk). */
  nodesMoved(): void {
    this.request(this.moving ? 'drag' : 'full');
  }

  stopMoving(): void {
    this.moving = null;
    this.request('full');
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.settleTimer);
    this.bulk = null;
  }

  /** Draws the edges onto another context (an export), at `scale` times the screen size. */
  drawTo(context: CanvasRenderingContext2D, scale: number): void {
    if (!this.bulk) return;
    const { zoom, pan } = this.viewport;
    context.save();
    context.setTransform(zoom * scale, 0, 0, zoom * scale, pan.x * scale, pan.y * scale);
    drawEdgeBulk(context, this.bulk, this.view());
    context.restore();
  }

  /** The edges of the view as SVG paths, at `scale` times the screen size (an export). */
  svgPaths(scale: number): ReturnType<typeof edgeBulkSvgPaths> {
    if (!this.bulk) return [];
    return edgeBulkSvgPaths(this.bulk, { ...this.view(), scale });
  }

  /** What every drawing of the edges shares: the view, and which edges are skipped or highlighted. */
  private view(): DrawOptions {
    return { viewport: this.viewport, width: this.width, height: this.height, skip: this.skip, highlighted: this.highlighted };
  }

  private request(kind: 'full' | 'moved' | 'drag'): void {
    // A full draw covers every other kind; a drag frame covers a move.
    const rank = { moved: 0, drag: 1, full: 2 } as const;
    if (this.pending === null || rank[kind] > rank[this.pending]) this.pending = kind;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const kind = this.pending;
      this.pending = null;
      if (kind === 'full') this.drawFull();
      else if (kind === 'drag') this.drawDragFrame();
      else if (kind === 'moved') this.drawMoved();
    });
  }

  private clear(context: CanvasRenderingContext2D): void {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.width, this.height);
  }

  private withViewport(context: CanvasRenderingContext2D): void {
    const { zoom, pan } = this.viewport;
    context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
  }

  /** Everything (or, while dragging, everything but the moving edges) into the snapshot. */
  private drawFull(): void {
    const bulk = this.bulk;
    if (!bulk || this.width === 0 || this.height === 0) return;
    const start = performance.now();
    const snap = this.snapshot.getContext('2d');
    if (!snap) return;
    this.clear(snap);
    this.withViewport(snap);
    drawEdgeBulk(snap, bulk, { ...this.view(), nodes: this.moving, excludeNodes: true });
    this.snapshotViewport = this.viewport;
    this.clear(this.context);
    this.context.drawImage(this.snapshot, 0, 0);
    if (this.moving) this.drawMovingEdges();
    this.lastDrawMs = performance.now() - start;
    this.onFullDraw?.();
  }

  private drawMovingEdges(): void {
    if (!this.bulk || !this.moving) return;
    this.withViewport(this.context);
    drawEdgeBulk(this.context, this.bulk, { ...this.view(), nodes: this.moving });
    this.context.setTransform(1, 0, 0, 1, 0, 0);
  }

  private drawDragFrame(): void {
    if (!this.snapshotViewport) return this.drawFull();
    this.clear(this.context);
    this.context.drawImage(this.snapshot, 0, 0);
    this.drawMovingEdges();
  }

  /** The last full drawing, moved and scaled from its viewport to the current one. */
  private drawMoved(): void {
    const from = this.snapshotViewport;
    if (!from) return this.drawFull();
    const to = this.viewport;
    const scale = to.zoom / from.zoom;
    this.clear(this.context);
    this.context.setTransform(scale, 0, 0, scale, to.pan.x - scale * from.pan.x, to.pan.y - scale * from.pan.y);
    this.context.drawImage(this.snapshot, 0, 0);
    this.context.setTransform(1, 0, 0, 1, 0, 0);
  }
}
