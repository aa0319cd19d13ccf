// Shared by the snapshot tests: a small chain, a canonical dump of a workspace's records,
// and snapshot files built or altered by hand.
import { gunzipSync, gzipSync } from 'node:zlib';
import { canonicalJson, exportSnapshot, sha256Hex } from '..';
import type { Service } from '../../service';
import type { TestWorkspace } from '../../test/helpers';
import type { Workspace } from '../../workspace';
import { SNAPSHOT_TABLES, type LaterSnapshotTable } from '../../model/snapshot';

export const WHOLE = { countries: [], materials: [], stages: [], include_sensitive: true };

/** Every record of every snapshot table, in id order: equal dumps mean equal records. */
export function recordsDump(ws: Workspace): string {
  return SNAPSHOT_TABLES.map((t) => JSON.stringify(ws.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all())).join('\n');
}

export function seedTwoCountries(service: Service) {
  const oxide = service.run('materials.create', { name: 'NdPr oxide', form: 'oxide', elements: ['Nd', 'Pr'], notes: 'oxide notes' });
  const metal = service.run('materials.create', { name: 'NdPr metal', form: 'metal' });
  const mine = service.run('facilities.create', { name: 'Mountain Pass', stage: 'mine', country: 'US', notes: 'private remark' });
  const sep = service.run('facilities.create', { name: 'Baotou separation', stage: 'separation', country: 'CN' });
  const metalPlant = service.run('facilities.create', { name: 'Ganzhou metal', stage: 'metal', country: 'CN', capacity_material_id: metal.id });
  const f1 = service.run('flows.create', { from_id: mine.id, to_id: sep.id, material_id: oxide.id, volume_t: 1000 });
  const f2 = service.run('flows.create', { from_id: sep.id, to_id: metalPlant.id, material_id: metal.id, volume_t: 400 });
  const open = service.run('sources.create', { title: 'USGS 2024', publisher: 'USGS' });
  const secret = service.run('sources.create', { title: 'Field report', sensitive: true });
  service.run('sources.link', { source_id: open.id, record_type: 'facility', record_id: mine.id });
  service.run('sources.link', { source_id: secret.id, record_type: 'facility', record_id: sep.id });
  return { oxide, metal, mine, sep, metalPlant, f1, f2, open, secret };
}

/** A seeds the small chain and shares it with B (B merges A's snapshot); both may then edit. */
export function sharedChain(workspace: () => TestWorkspace) {
  const a = workspace();
  const s = seedTwoCountries(a.service);
  const b = workspace();
  b.service.run('snapshot.merge', { data: b64(exportWhole(a.ws)), on_conflict: 'fail' });
  return { a, b, s };
}

/** Bytes as the api's `data` field carries them. */
export const b64 = (bytes: Buffer) => bytes.toString('base64');

export function exportWhole(ws: Workspace, author = 'tester'): Buffer {
  return exportSnapshot(ws, { filter: WHOLE, author }).bytes;
}

/** A snapshot file around any JSON body (gzip of its text). */
export function gz(body: unknown): Buffer {
  return gzipSync(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8'));
}

/** The file with its records edited and its hash recomputed (a well-formed but altered snapshot). */
export function rehashed(json: Record<string, unknown>, edit: (records: Record<string, Record<string, unknown>[]>) => void): Buffer {
  const copy = structuredClone(json) as Record<string, unknown> & { records: Record<string, Record<string, unknown>[]>; counts: Record<string, number> };
  edit(copy.records);
  for (const table of Object.keys(copy.counts)) copy.counts[table] = copy.records[table]?.length ?? 0;
  copy.sha256 = sha256Hex(canonicalJson(copy.records));
  return gz(copy);
}

/** A snapshot file's JSON. */
export const fileJson = (bytes: Buffer) =>
  JSON.parse(gunzipSync(bytes).toString('utf8')) as Record<string, unknown> & { records: Record<string, unknown[]>; counts: Record<string, number> };

/** The file as a Lodestone from before snapshots carried `table` would have written it: no list, no count. */
export function madeBefore(table: LaterSnapshotTable, bytes: Buffer): Buffer {
  const json = fileJson(bytes);
  delete json.records[table];
  delete json.counts[table];
  json.sha256 = sha256Hex(canonicalJson(json.records));
  return gz(json);
}
