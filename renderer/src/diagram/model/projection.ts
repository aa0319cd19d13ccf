// The offline world map of the diagram's map layout: a Natural Earth projection scaled to a
// fixed world size, country outlines from world-atlas (imported statically, so the bundle
// ships them and nothing is fetched), and facility positions from their coordinates.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { Facility } from '../../../../db/model/schemas';
import type { Position } from './elements';

/** World width in model px; the height follows from the projection (about 1,872). */
export const WORLD_WIDTH = 3600;
const BASE = geoNaturalEarth1().scale(1).translate([0, 0]);
const SCALE = WORLD_WIDTH / 2 / BASE([180, 0])![0];
const HALF_HEIGHT = -BASE([0, 90])![1] * SCALE;
export const WORLD_HEIGHT = Math.round(HALF_HEIGHT * 2 * 100) / 100;

/** The projection: (0, 0) at the centre of a WORLD_WIDTH x WORLD_HEIGHT box, y downwards. */
export const worldProjection = geoNaturalEarth1()
  .scale(SCALE)
  .translate([WORLD_WIDTH / 2, HALF_HEIGHT]);

export function projectLonLat(lon: number, lat: number): Position {
  const p = worldProjection([lon, lat]);
  if (!p) return { x: WORLD_WIDTH / 2, y: HALF_HEIGHT };
  return { x: p[0], y: p[1] };
}

export interface CountryOutline {
  /** ISO 3166-1 numeric code from world-atlas (may be undefined for disputed areas). */
  id: string;
  name: string;
  d: string;
}

let outlinesCache: CountryOutline[] | null = null;

/** Country outlines (world-atlas 110m) as SVG paths in the projection's coordinates. */
export function worldOutlines(): CountryOutline[] {
  if (outlinesCache) return outlinesCache;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const path = geoPath(worldProjection);
  const list: CountryOutline[] = [];
  for (const f of collection.features) {
    const d = path(f);
    if (d) list.push({ id: String(f.id ?? ''), name: f.properties?.name ?? '', d });
  }
  outlinesCache = list;
  return list;
}

/** The outlines' SVG path strings only. */
export function worldOutlinePaths(): string[] {
  return worldOutlines().map((o) => o.d);
}

export interface MapLayoutOptions {
  /** Distance between the facilities in the strip without coordinates (default 60). */
  stripSpacing?: number;
  /** Facilities per row of the strip (default 50). */
  stripPerRow?: number;
  /** Distance between two facilities at the same place, in the spiral (default 14). */
  spiralStep?: number;
}

/** Where the strip of facilities without coordinates starts (below the map). */
export const UNPLACED_STRIP = { label: 'No coordinates', y: WORLD_HEIGHT + 120, labelY: WORLD_HEIGHT + 70, x: 60 } as const;

type MapFacility = Pick<Facility, 'id' | 'name' | 'country' | 'lat' | 'lon'>;

/**
 * Positions for the map layout. Facilities with coordinates go to their projected place;
 * facilities at the same place (same projected point to the pixel) are spread on a
 * golden-angle spiral around it, in id order, so none hides another. Facilities without
 * coordinates are laid out in rows in a strip below the map (label and top in
 * UNPLACED_STRIP), ordered by country, then name, then id. Deterministic.
 */
export function mapLayout(facilitiesIn: readonly MapFacility[], options: MapLayoutOptions = {}): Map<string, Position> {
  const spacing = options.stripSpacing ?? 60;
  const perRow = options.stripPerRow ?? 50;
  const step = options.spiralStep ?? 14;
  const facilities = [...facilitiesIn].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, Position>();
  const atPlace = new Map<string, number>();
  const unplaced: MapFacility[] = [];
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const f of facilities) {
    if (f.lat === null || f.lon === null || !Number.isFinite(f.lat) || !Number.isFinite(f.lon)) {
      unplaced.push(f);
      continue;
    }
    const p = projectLonLat(f.lon, f.lat);
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    const k = atPlace.get(key) ?? 0;
    atPlace.set(key, k + 1);
    if (k === 0) out.set(f.id, p);
    else {
      const r = step * Math.sqrt(k);
      const a = k * golden;
      out.set(f.id, { x: p.x + r * Math.cos(a), y: p.y + r * Math.sin(a) });
    }
  }
  unplaced.sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name) || cmp(a.id, b.id));
  unplaced.forEach((f, i) => {
    out.set(f.id, { x: UNPLACED_STRIP.x + (i % perRow) * spacing, y: UNPLACED_STRIP.y + Math.floor(i / perRow) * spacing });
  });
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
