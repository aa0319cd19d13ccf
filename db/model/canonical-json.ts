// Canonical JSON (object keys sorted by UTF-16 code unit, no whitespace, JSON.stringify's
// numbers and string escapes): the snapshot hash is taken over it (db/snapshot/canonical.ts),
// and two values are the same data exactly when their canonical JSON is equal, whatever the
// order of their keys. Pure, so that the renderer can use it too.

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
