// Canonical JSON (object keys sorted by UTF-16 code unit, no whitespace, JSON.stringify's
// numbers and string escapes) and the snapshot's SHA-256 over the canonical `records`.
import { createHash } from 'node:crypto';

/**
 * Canonical JSON of plain JSON data (what JSON.parse returns, or records read from the
 * store). When every object's keys are already in order, as in every file Lodestone writes,
 * JSON.stringify produces exactly the canonical text, about seven times faster than building
 * it here: the check is cheap, and only other files take the slow path.
 */
export function canonicalJson(value: unknown): string {
  return keysInOrder(value) ? JSON.stringify(value) : slowCanonical(value);
}

function keysInOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return value !== undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!keysInOrder(value[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  let previous = '';
  let first = true;
  for (const key in value) {
    if (!first && !(previous < key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object' ? !keysInOrder(item) : item === undefined) return false;
    previous = key;
    first = false;
  }
  return true;
}

function slowCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : slowCanonical(item))).join(',')}]`;
  const object = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    if (object[key] !== undefined) parts.push(`${JSON.stringify(key)}:${slowCanonical(object[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/** Records with their keys in canonical order (records are flat: no nested objects). */
export function withSortedKeys<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).digest('hex');
}

const RECORDS_KEY = Buffer.from('"records":');
const CLOSING_BRACE = 0x7d;

/**
 * The bytes of a snapshot's `records` value as the file holds them, when they are the last
 * member of the top-level object (as Lodestone writes it): from after the first `"records":` to
 * before the final `}`. Null when the file is laid out otherwise.
 */
export function rawRecordsBytes(inflated: Uint8Array): Uint8Array | null {
  const bytes = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  const key = bytes.indexOf(RECORDS_KEY);
  if (key < 0 || bytes[bytes.length - 1] !== CLOSING_BRACE) return null;
  return bytes.subarray(key + RECORDS_KEY.length, bytes.length - 1);
}

/**
 * Whether a snapshot's records match the SHA-256 of its header. The hash is defined over the
 * records' canonical JSON, and Lodestone writes the records as exactly that text, so the
 * file's own bytes are hashed first: the same digest without serialising 120,000 records
 * again (about 0.2 s of a big import). A byte changed anywhere in them changes the digest.
 * Files laid out otherwise (another writer's spacing or key order) fail that comparison and
 * are checked the defined way, over the canonical JSON of the records as parsed.
 */
export function recordsMatchHash(records: unknown, inflated: Uint8Array | undefined, sha256: string): 'bytes' | 'canonical' | false {
  const raw = inflated ? rawRecordsBytes(inflated) : null;
  if (raw && sha256Hex(raw) === sha256) return 'bytes';
  return sha256Hex(canonicalJson(records)) === sha256 ? 'canonical' : false;
}
