// Verifying a snapshot's JSON text: JSON, format name, format version, header, SHA-256 of the
// records, each record against the model's schemas (db/model/schemas.ts), then integrity.
// Every refusal is one line naming what is wrong, and the record where there is one.
import { z } from 'zod';
import { LodestoneError, parseErrorDetail } from '../errors';
import { scenarioSchema } from '../model/analysis';
import { checkReviewSchema } from '../model/checks';
import { facilitySchema, flowSchema, materialSchema, recordId, sourceLinkSchema, sourceSchema } from '../model/schemas';
import { LATER_SNAPSHOT_TABLES, SNAPSHOT_FORMAT, SNAPSHOT_TABLES, SNAPSHOT_VERSION, snapshotFilterSchema, type SnapshotTable } from '../model/snapshot';
import { recordsMatchHash } from './canonical';
import { isPlainFacility, isPlainFlow } from './fast-check';
import { checkIntegrity } from './integrity';
import type { Snapshot, SnapshotHeader, SnapshotRecords } from './types';

const refuse = (message: string) => new LodestoneError('validation', message);

const RECORD_SCHEMAS: Record<SnapshotTable, z.ZodType> = {
  materials: materialSchema,
  facilities: facilitySchema,
  flows: flowSchema,
  sources: sourceSchema,
  source_links: sourceLinkSchema,
  check_reviews: checkReviewSchema,
  scenarios: scenarioSchema,
};

const count = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'cannot be negative');
const text = (max: number) => z.string({ error: 'must be text' }).max(max, `is longer than ${max} characters`);
const headerSchema = z.object({
  created_at: text(64),
  author: text(200),
  workspace_id: text(100),
  filter: snapshotFilterSchema,
  // A table added after the first files is counted only by the files that hold it.
  counts: z.object(
    Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, LATER_SNAPSHOT_TABLES.includes(t) ? count.optional() : count])) as Record<SnapshotTable, typeof count>,
  ),
  sha256: text(64).regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  // zod's own wording of a wrong type ("Invalid input: expected string, received undefined") in plain words
  const message =
    issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)
      ? /received undefined/.test(issue.message)
        ? 'is missing'
        : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`
      : issue.message;
  return `${path ? `${path}: ` : ''}${message}`;
}

/**
 * Parses and checks a snapshot's text; the records come back as the schemas normalise them.
 * `inflated`, the bytes the text was decoded from, lets the hash be checked on them directly.
 */
export function parseSnapshot(text: string, inflated?: Uint8Array): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = parseErrorDetail(error);
    throw refuse(`The file is not a Lodestone snapshot: its content is not JSON (${detail})`);
  }
  if (!isObject(json) || json.format !== SNAPSHOT_FORMAT) {
    throw refuse(`The file is not a Lodestone snapshot (it has no "format": "${SNAPSHOT_FORMAT}")`);
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse('The snapshot has no valid format version ("version" must be a whole number from 1)');
  }
  if (version > SNAPSHOT_VERSION) {
    throw refuse(
      `The snapshot was made by a newer version of Lodestone (format version ${version}; this version reads up to ${SNAPSHOT_VERSION}). Update Lodestone to open it.`,
    );
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) throw refuse(`The snapshot's header is invalid: ${firstIssue(header.error)}`);
  const raw = json.records;
  if (!isObject(raw)) throw refuse('The snapshot has no "records" object');
  const counts: Partial<Record<SnapshotTable, number>> = header.data.counts;
  for (const table of SNAPSHOT_TABLES) {
    // A file made before a later table says nothing of it: no list and no count.
    if (LATER_SNAPSHOT_TABLES.includes(table) && raw[table] === undefined && counts[table] === undefined) continue;
    if (!Array.isArray(raw[table])) throw refuse(`The snapshot's records have no "${table}" list`);
    if (counts[table] === undefined) throw refuse(`The snapshot's counts say nothing of its ${table}`);
  }
  // Schemas before the hash: a record too big to be valid (a 200 MB name) is refused without hashing it.
  const records = {} as Record<SnapshotTable, unknown[]>;
  for (const table of SNAPSHOT_TABLES) {
    const list = (raw[table] ?? []) as unknown[];
    const counted = counts[table] ?? 0;
    if (list.length !== counted) throw refuse(`The snapshot's counts say ${counted} ${table} but it holds ${list.length}`);
    records[table] = list.map((record, index) => parseRecord(table, record, index));
  }
  // The hash covers the records exactly as written, before any normalising.
  if (!recordsMatchHash(raw, inflated, header.data.sha256)) {
    throw refuse("The snapshot's records do not match its SHA-256: the file was damaged or edited after it was made");
  }
  checkIntegrity(records as unknown as SnapshotRecords);
  const result: SnapshotHeader = { format: SNAPSHOT_FORMAT, version, ...header.data };
  return { ...result, records: records as unknown as SnapshotRecords };
}

const FAST_CHECKS: Partial<Record<SnapshotTable, (record: Record<string, unknown>) => boolean>> = {
  facilities: isPlainFacility,
  flows: isPlainFlow,
};

function parseRecord(table: SnapshotTable, record: unknown, index: number): unknown {
  const fast = FAST_CHECKS[table];
  if (fast && isObject(record) && fast(record)) return record;
  const parsed = RECORD_SCHEMAS[table].safeParse(record);
  if (parsed.success) return parsed.data;
  // The id is named only when it is a valid one: anything else could be any text at all.
  const id = isObject(record) && recordId.safeParse(record.id).success ? ` (id "${String(record.id)}")` : '';
  throw refuse(`${table}[${index}]${id}: ${firstIssue(parsed.error)}`);
}
