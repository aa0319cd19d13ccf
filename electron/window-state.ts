// The main window's size and position, remembered between runs. Pure: main.ts reads and
// writes the JSON. What is read back is validated, and placed so that the window is on a
// screen that exists now (a laptop unplugged from its second monitor must not open the
// window off-screen) and no larger than that screen's work area.
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where and how to open the window; x/y absent: let the system centre it. */
export interface Placement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the window (px each way) must fall on a screen for its saved place to be kept. */
const MIN_VISIBLE = 100;

const int = z.number().int().min(-100_000).max(100_000);
const stored = z.object({
  version: z.literal(1),
  bounds: z.object({ x: int, y: int, width: int.min(1), height: int.min(1) }),
  maximized: z.boolean(),
});

export function parseWindowState(text: string | undefined): WindowState | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = stored.safeParse(json);
  return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
}

export function serializeWindowState(state: WindowState): string {
  const r = state.bounds;
  const bounds = { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  return `${JSON.stringify({ version: 1, bounds, maximized: state.maximized })}\n`;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * The placement for a saved state on the current screens (their work areas; `primary`
 * first). Without a usable saved state: the default size, fitted to the primary screen,
 * centred by the system.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): Placement {
  const fit = (size: { width: number; height: number }, area: Rect) => ({
    width: clamp(Math.round(size.width), Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(Math.round(size.height), Math.min(MIN_SIZE.height, area.height), area.height),
  });
  if (!saved) return { ...fit(DEFAULT_SIZE, primary), maximized: false };

  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (o.width >= Math.min(MIN_VISIBLE, saved.bounds.width) && o.height >= Math.min(MIN_VISIBLE, saved.bounds.height) && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return { ...fit(saved.bounds, primary), maximized: saved.maximized };
  const size = fit(saved.bounds, best);
  // Wholly inside that screen: the title bar reachable, no edge under another screen's gap.
  return {
    x: clamp(Math.round(saved.bounds.x), best.x, best.x + best.width - size.width),
    y: clamp(Math.round(saved.bounds.y), best.y, best.y + best.height - size.height),
    ...size,
    maximized: saved.maximized,
  };
}
