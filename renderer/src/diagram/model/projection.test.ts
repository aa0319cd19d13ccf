import { describe, expect, it } from 'vitest';
import { facility } from '../../logic/testRecords';
import { UNPLACED_STRIP, WORLD_HEIGHT, WORLD_WIDTH, mapLayout, projectLonLat, worldOutlinePaths, worldOutlines } from './projection';

describe('projection', () => {
  it('puts (0, 0) at the centre and longitude 180 at the right edge', () => {
    const c = projectLonLat(0, 0);
    expect(c.x).toBeCloseTo(WORLD_WIDTH / 2, 6);
    expect(c.y).toBeCloseTo(WORLD_HEIGHT / 2, 1);
    expect(projectLonLat(180, 0).x).toBeCloseTo(WORLD_WIDTH, 6);
    expect(projectLonLat(-180, 0).x).toBeCloseTo(0, 6);
    expect(projectLonLat(0, 90).y).toBeCloseTo(0, 6);
    expect(projectLonLat(0, -90).y).toBeCloseTo(WORLD_HEIGHT, 1);
    // North is up, east is right.
    const beijing = projectLonLat(116.4, 39.9);
    expect(beijing.x).toBeGreaterThan(WORLD_WIDTH / 2);
    expect(beijing.y).toBeLessThan(WORLD_HEIGHT / 2);
  });

  it('ships country outlines as SVG paths inside the world box', () => {
    const paths = worldOutlinePaths();
    expect(paths.length).toBeGreaterThan(150);
    expect(paths.every((d) => d.startsWith('M'))).toBe(true);
    const china = worldOutlines().find((o) => o.name === 'China')!;
    const nums = china.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = nums.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThan(WORLD_WIDTH / 2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(WORLD_WIDTH);
  });

  it('places facilities at their coordinates, spreads same-place ones, strips the unplaced', () => {
    const facilities = [
      facility('a', { name: 'A', lat: 10, lon: 20 }),
      facility('b', { name: 'B', lat: 10, lon: 20 }),
      facility('c', { name: 'C', lat: 10, lon: 20 }),
      facility('d', { name: 'D', country: 'US' }),
      facility('e', { name: 'E', country: 'AU' }),
    ];
    const pos = mapLayout(facilities);
    expect(pos.get('a')).toEqual(projectLonLat(20, 10));
    const pts = ['a', 'b', 'c'].map((id) => pos.get(id)!);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(10);
    expect(pos.get('d')!.y).toBeGreaterThanOrEqual(UNPLACED_STRIP.y);
    expect(pos.get('e')!.x).toBeLessThan(pos.get('d')!.x); // AU before US
    expect(mapLayout([...facilities].reverse())).toEqual(pos);
  });
});
