// The records' SHA-256: checked on the file's own bytes when it is laid out as Lodestone
// writes it, and over the canonical JSON otherwise; a changed byte fails both ways.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotBytes } from '..';
import { rawRecordsBytes, recordsMatchHash } from '../canonical';
import { tempWorkspace, type TestWorkspace } from '../../test/helpers';
import { exportWhole, gz, seedTwoCountries } from './fixtures';

let source: TestWorkspace;
let inflated: Buffer;
let json: { sha256: string; records: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
beforeAll(() => {
  source = tempWorkspace();
  seedTwoCountries(source.service);
  inflated = gunzipSync(exportWhole(source.ws));
  json = JSON.parse(inflated.toString('utf8'));
});
afterAll(() => source.cleanup());

describe("the records' hash", () => {
  it("finds the records' bytes in a file Lodestone wrote, and they alone match its hash", () => {
    const raw = rawRecordsBytes(inflated)!;
    expect(JSON.parse(Buffer.from(raw).toString('utf8'))).toEqual(json.records);
    expect(recordsMatchHash(json.records, inflated, json.sha256)).toBe('bytes');
    expect(recordsMatchHash(json.records, undefined, json.sha256)).toBe('canonical');
  });

  it('checks a file laid out otherwise (indented, records first) over the canonical JSON, and reads it', () => {
    const indented = Buffer.from(JSON.stringify(json, null, 2));
    expect(recordsMatchHash(json.records, indented, json.sha256)).toBe('canonical');
    const { records, ...header } = json;
    const recordsFirst = Buffer.from(JSON.stringify({ records, ...header }));
    expect(rawRecordsBytes(recordsFirst)).not.toBeNull(); // found, but not the records alone
    expect(recordsMatchHash(json.records, recordsFirst, json.sha256)).toBe('canonical');
    for (const file of [indented, recordsFirst]) {
      expect(readSnapshotBytes(gz(file.toString('utf8'))).counts.facilities).toBe(3);
    }
  });

  it('refuses a file with one byte of a record changed, whichever way it is laid out', () => {
    const changed = Buffer.from(inflated.toString('utf8').replace('Baotou separation', 'Baotou separatiom'));
    const parsed = JSON.parse(changed.toString('utf8')).records;
    expect(recordsMatchHash(parsed, changed, json.sha256)).toBe(false);
    const indented = Buffer.from(JSON.stringify({ ...json, records: parsed }, null, 2));
    expect(recordsMatchHash(parsed, indented, json.sha256)).toBe(false);
    expect(() => readSnapshotBytes(gz(changed.toString('utf8')))).toThrow(/do not match its SHA-256/);
  });

  it('does not take bytes that end before the records do: the file must end with the closing brace', () => {
    expect(rawRecordsBytes(Buffer.from(`${inflated.toString('utf8')}\n`))).toBeNull();
    expect(rawRecordsBytes(Buffer.from('{"format":"lodestone-snapshot"}'))).toBeNull();
  });
});
