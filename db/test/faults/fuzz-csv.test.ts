// Hostile CSV files (issue 6, item 3) through csv.import and csv.preview as the UI calls them:
// valid files with one cell, line or quote bent each time, from a seeded generator. Each import
// works or is refused naming file, line and field, briefly; a refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainToCsv, generateChain } from '../../../bench/generate';
import { seedChain, tempWorkspace, type TestWorkspace } from '../helpers';
import { fullFingerprint } from './fuzz-fingerprint';
import { HOSTILE_STRINGS, pick, seeded, type Random } from './hostile';
import { logMismatches } from './log-check';

const CASES = 600;
const CELLS = [...HOSTILE_STRINGS, '"', '""', '"unclosed', 'a"b', ',', '\r', '\n', '\uFEFF', ';;;', '1;2', 'Mountain Pass', 'fac-000001', '-5', '999999999999999999999', '1e3'];

/** The text with one thing bent: a cell, a whole line, a quote, a line ending or the header. */
function bend(text: string, random: Random, ids: readonly string[]): string {
  const lines = text.split('\n');
  const at = Math.floor(random() * (lines.length - 1));
  const cells = lines[at]!.split(',');
  switch (Math.floor(random() * 6)) {
    case 0:
    case 1:
      cells[Math.floor(random() * cells.length)] = pick(random, CELLS);
      break;
    case 2:
      cells[Math.floor(random() * cells.length)] = pick(random, ids); // an id of another kind of record
      break;
    case 3:
      cells.push(pick(random, CELLS)); // one cell too many
      break;
    case 4:
      return lines.join(pick(random, ['\r\n', '\r', '\n\n', '\u2028']));
    default:
      cells.splice(Math.floor(random() * cells.length), 1);
  }
  lines[at] = cells.join(',');
  return lines.join('\n');
}

describe('CSV import under hostile files', () => {
  let t: TestWorkspace;
  let ids: string[];
  const chain = chainToCsv(generateChain({ facilities: 15, flows: 25, seed: 5 }));
  beforeAll(() => {
    t = tempWorkspace();
    const seeded = seedChain(t.service);
    ids = [seeded.oxide.id, seeded.mine.id, seeded.flow.id, 'fac-000003', 'flw-0000002'];
  });
  afterAll(() => t.cleanup());

  it(`imports or cleanly refuses ${CASES} bent files, and previews them without writing`, () => {
    const random = seeded(66);
    let imported = 0;
    for (let i = 0; i < CASES; i++) {
      const kind = pick(random, ['materials', 'facilities', 'flows'] as const);
      const files = { ...chain, [kind]: bend(chain[kind], random, ids) };
      const input = random() < 0.5 ? { [kind]: files[kind] } : files;
      const before = fullFingerprint(t.ws);
      const preview = t.service.call('csv.preview', { kind, text: files[kind] });
      expect(preview.ok, JSON.stringify(preview).slice(0, 300)).toBe(true);
      const result = t.service.call('csv.import', input);
      if (result.ok) {
        imported++;
        continue;
      }
      expect(fullFingerprint(t.ws)).toBe(before);
      expect(result.error.code, result.error.message).toBe('validation');
      expect(result.error.message).toMatch(/^(materials|facilities|flows)\.csv line \d+(, [^:]+)?: .+; nothing was imported$/s);
      expect(result.error.message.length).toBeLessThan(1_000);
    }
    // Some bends are harmless (a note with markup, an id that is new): those import.
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(CASES);
    expect(t.ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.ws.db.pragma('foreign_key_check')).toEqual([]);
    expect(logMismatches(t.ws)).toEqual([]);
  }, 60_000);

  it('names a megabyte-long unknown column by its start, in a message of a few hundred characters', () => {
    const column = `Plant${'x'.repeat(1_000_000)}`;
    const result = t.service.call('csv.import', { facilities: `name,stage,country,${column}\nA,mine,AU,1\n` });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^facilities\.csv line 1, Plantx+\.\.\.: Unknown column "Plantx+\.\.\.; nothing was imported$/);
    expect(result.error.message.length).toBeLessThan(600);
    expect(result.error.issues![0]!.path.length).toBeLessThanOrEqual(80);
  });
});
