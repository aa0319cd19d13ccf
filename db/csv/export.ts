// CSV export in the import format: what it writes, importCsv reads back unchanged.
// Rows sorted by id, references by id (flows) or name (materials), sources by title.
import type { CsvExport } from '../api';
import type { Workspace } from '../workspace';
import { FACILITY_COLUMNS, FLOW_COLUMNS, formatNumber, LIST_SEPARATOR, MATERIAL_COLUMNS, nameKey, SOURCE_SEPARATOR } from './format';
import { formatCsv } from './parse';

type Cell = string | number | null;

function list(json: unknown): string {
  const items = JSON.parse(String(json ?? '[]')) as string[];
  return items.join(LIST_SEPARATOR);
}

/** record type + id -> its source titles, sorted, one per title (case-insensitively). */
function citations(ws: Workspace): Map<string, string> {
  const rows = ws.db
    .prepare(
      `SELECT l.record_type, l.record_id, s.title FROM source_links l JOIN sources s ON s.id = l.source_id
        ORDER BY l.record_type, l.record_id, s.title, s.id`,
    )
    .raw(true)
    .all() as [string, string, string][];
  const byRecord = new Map<string, string[]>();
  for (const [type, id, title] of rows) {
    const key = `${type}:${id}`;
    const titles = byRecord.get(key);
    if (!titles) byRecord.set(key, [title]);
    else if (!titles.some((t) => nameKey(t) === nameKey(title))) titles.push(title);
  }
  const out = new Map<string, string>();
  for (const [key, titles] of byRecord) out.set(key, titles.join(SOURCE_SEPARATOR));
  return out;
}

export function exportCsv(ws: Workspace): CsvExport {
  const cited = citations(ws);
  // One-shot raw statements: not the workspace's cache, whose statements return objects.
  const materialRows = ws.db
    .prepare('SELECT id, name, form, elements, unit, reo_factor, notes FROM materials ORDER BY id')
    .raw(true)
    .all() as Cell[][];
  const materialName = new Map<string, string>();
  const materials: string[][] = materialRows.map(([id, name, form, elements, unit, reo, notes]) => {
    materialName.set(String(id), String(name));
    return [String(id), String(name), String(form), list(elements), String(unit), formatNumber(reo), String(notes)];
  });

  const facilityRows = ws.db
    .prepare(
      `SELECT id, name, stage, country, operator, owner_country, lat, lon, status, capacity_t, capacity_material_id,
              stock_t, confidence, tags, notes FROM facilities ORDER BY id`,
    )
    .raw(true)
    .iterate() as Iterable<Cell[]>;
  const facilities: string[][] = [];
  for (const r of facilityRows) {
    const id = String(r[0]);
    facilities.push([
      id,
      String(r[1]),
      String(r[2]),
      String(r[3]),
      String(r[4]),
      r[5] === null ? '' : String(r[5]),
      formatNumber(r[6]),
      formatNumber(r[7]),
      String(r[8]),
      formatNumber(r[9]),
      r[10] === null ? '' : (materialName.get(String(r[10])) ?? String(r[10])),
      formatNumber(r[11]),
      String(r[12]),
      list(r[13]),
      String(r[14]),
      cited.get(`facility:${id}`) ?? '',
    ]);
  }

  const flowRows = ws.db
    .prepare('SELECT id, from_id, to_id, material_id, volume_t, year, status, confidence, notes FROM flows ORDER BY id')
    .raw(true)
    .iterate() as Iterable<Cell[]>;
  const flows: string[][] = [];
  for (const r of flowRows) {
    const id = String(r[0]);
    flows.push([
      id,
      String(r[1]),
      String(r[2]),
      materialName.get(String(r[3])) ?? String(r[3]),
      formatNumber(r[4]),
      formatNumber(r[5]),
      String(r[6]),
      String(r[7]),
      String(r[8]),
      cited.get(`flow:${id}`) ?? '',
    ]);
  }

  return {
    materials: formatCsv(MATERIAL_COLUMNS, materials),
    facilities: formatCsv(FACILITY_COLUMNS, facilities),
    flows: formatCsv(FLOW_COLUMNS, flows),
  };
}
