// A chain of many stages is much wider than tall: fitted into a window it comes out as a
// thin strip with rows too close for labels, and empty space above and below. Stretching
// it vertically towards the window's shape gives rows (and their labels) room at no cost.
import type { Position } from './elements';

/**
 * Positions scaled vertically (about their top) so that height / width comes closer to
 * `aspect`, by at most `maxStretch` times; never squashed. Returns the same map when
 * nothing needs to change.
 */
export function stretchToAspect(positions: ReadonlyMap<string, Position>, aspect: number, maxStretch: number): ReadonlyMap<string, Position> {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  const width = x2 - x1;
  const height = y2 - y1;
  if (!(width > 0) || !(height > 0)) return positions;
  const factor = Math.min(maxStretch, (aspect * width) / height);
  if (factor <= 1) return positions;
  const out = new Map<string, Position>();
  for (const [id, p] of positions) out.set(id, { x: p.x, y: y1 + (p.y - y1) * factor });
  return out;
}
