// Hostile and boundary values for the fuzz tests, drawn from a seeded generator: the same
// seed gives the same cases on every run.
import { prng } from '../../../bench/generate';

export type Random = () => number;
export const seeded = (seed: number): Random => prng(seed);
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Nested arrays `depth` deep: a parser or validator that recurses blindly overflows its stack. */
function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
}

export const HUGE = 'x'.repeat(2_000_000);

export const HOSTILE_STRINGS: readonly string[] = [
  '', ' ', '\t\n', HUGE, 'a'.repeat(201), 'a'.repeat(65), '\u0000', 'name\u0000with NUL', '\u202Eevil\u202C', 'שלום עולם',
  '\uD800', 'lone \uDFFF surrogate', '💥'.repeat(300), '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  "'; DROP TABLE facilities; --", '" OR 1=1 --', '__proto__', 'constructor', 'prototype', 'NaN', 'Infinity', '-0', '1e309',
  '0x10', 'CN', 'cn', 'ZZ', 'mine', 'oem', '..', '../../etc/passwd', '%00', '=cmd|/c calc!A1', 'null', 'true', '2024-13-45',
];
export const HOSTILE_NUMBERS: readonly number[] = [
  NaN, Infinity, -Infinity, -0, 0, -1, 1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324, 1900, 2101, 90.000001, 241,
];

export function hostileValue(random: Random): unknown {
  switch (Math.floor(random() * 9)) {
    case 0:
    case 1:
      return pick(random, HOSTILE_STRINGS);
    case 2:
      return pick(random, HOSTILE_NUMBERS);
    case 3:
      return pick(random, [null, undefined, true, false, [], {}, [null], [[]], Symbol('s'), 10n, () => 1]);
    case 4:
      return deep(pick(random, [50, 2_000, 20_000]));
    case 5:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    case 6:
      return Array.from({ length: pick(random, [2, 1_000, 200_000]) }, (_, i) => (i % 2 ? 'CN' : 'x'));
    case 7:
      return new Date(0);
    default:
      return { [pick(random, HOSTILE_STRINGS).slice(0, 50)]: pick(random, HOSTILE_STRINGS) };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A valid input bent one way: replaced whole, one field (at any depth) replaced or added,
 * a pollution key added, or a string swapped for an id of another record type.
 */
export function mutate(valid: unknown, random: Random, otherIds: readonly string[]): unknown {
  const copy = structuredClone(valid) as unknown;
  const choice = Math.floor(random() * 5);
  if (choice === 0 || !isObject(copy)) return hostileValue(random);
  // Walk down a random path of nested objects/arrays.
  let target: Record<string, unknown> | unknown[] = copy;
  for (let depth = 0; depth < 4 && random() < 0.5; depth++) {
    const keys = Object.keys(target);
    if (keys.length === 0) break;
    const next = (target as Record<string, unknown>)[pick(random, keys)];
    if (typeof next !== 'object' || next === null) break;
    target = next as Record<string, unknown> | unknown[];
  }
  const keys = Object.keys(target);
  const key = choice === 1 || keys.length === 0 ? pick(random, ['__proto__', 'constructor', 'extra', 'id', 'revision', '0']) : pick(random, keys);
  const current = (target as Record<string, unknown>)[key];
  const value = choice === 2 && typeof current === 'string' ? pick(random, otherIds) : hostileValue(random);
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
