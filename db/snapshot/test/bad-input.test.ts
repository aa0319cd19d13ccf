// Bad snapshot files: each is refused with a one-line message naming what is wrong, and the
// workspace's records are unchanged, byte for byte. Plus a fuzz test of mutated files.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { inflateBytes, inflateStream, mergeSnapshot, readSnapshotBytes, readSnapshotFile } from '..';
import { undo } from '../../store/history';
import { LodestoneError } from '../../errors';
import { MAX_INFLATED_BYTES, SNAPSHOT_TABLES } from '../../model/snapshot';
import { prng } from '../../../bench/generate';
import { tempWorkspace, type TestWorkspace } from '../../test/helpers';
import { exportWhole, gz, recordsDump, rehashed, seedTwoCountries } from './fixtures';

let source: TestWorkspace;
let target: TestWorkspace;
let good: Buffer;
let json: Record<string, unknown> & { records: Record<string, Record<string, unknown>[]> };
beforeAll(() => {
  source = tempWorkspace();
  const seeded = seedTwoCountries(source.service);
  // a review too, so that the fuzz bends check_reviews like every other table
  source.service.run('checks.review', { findings: [{ check: 'dead-end', record_id: seeded.metalPlant.id }], note: 'Domestic sales', include_planned: false });
  // and a saved scenario, for scenarios
  source.service.run('scenarios.create', {
    scenario: { name: 'Baotou stops', disruptions: [{ kind: 'facility', id: seeded.sep.id, fraction: 0.5, start_month: 2, end_month: 6 }] },
  });
  good = exportWhole(source.ws);
  json = JSON.parse(gunzipSync(good).toString('utf8'));
  target = tempWorkspace();
  target.service.run('facilities.create', { name: 'Already here', stage: 'oem', country: 'US' });
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
});

/** Merging `bytes` is refused with a message matching `pattern`; nothing changes. */
function expectRefused(bytes: Buffer, pattern: RegExp): string {
  const before = recordsDump(target.ws);
  const batches = target.ws.count('facilities');
  const result = target.service.call('snapshot.merge', { data: bytes.toString('base64'), file_name: 'bad.lodestone', on_conflict: 'theirs' });
  expect(result.ok).toBe(false);
  const message = result.ok ? '' : result.error.message;
  expect(message).toMatch(pattern);
  expect(message).toMatch(/^bad\.lodestone: /);
  expect(message).not.toMatch(/\n/);
  expect(target.service.run('snapshot.verify', { data: bytes.toString('base64') })).toMatchObject({ valid: false });
  expect(recordsDump(target.ws)).toBe(before);
  expect(target.ws.count('facilities')).toBe(batches);
  return message;
}

describe('bad snapshot files are refused and change nothing', () => {
  it('a truncated file', () => expectRefused(good.subarray(0, good.length - 20), /truncated/));
  it('a file that is not gzip', () => expectRefused(Buffer.from('{"format":"lodestone-snapshot"}'), /not gzip-compressed/));
  it('gzip of something that is not JSON', () => expectRefused(gz('this is { not json'), /not JSON/));
  it('JSON broken beside a line break: the message quoting it stays one line', () => {
    const message = expectRefused(gz('{"format":\n nope\n}'), /not JSON/);
    expect(message).not.toMatch(/[\u0000-\u001f]/);
  });
  it('gzip of bytes that are not UTF-8', () => expectRefused(gzipSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), /not UTF-8/));
  it('JSON that is not a snapshot', () => expectRefused(gz({ hello: 'world' }), /not a Lodestone snapshot.*"format"/));
  it('JSON that is an array', () => expectRefused(gz([1, 2, 3]), /not a Lodestone snapshot/));
  it('a newer format version', () => expectRefused(gz({ ...json, version: 2 }), /made by a newer version of Lodestone \(format version 2; this version reads up to 1\)/));
  it('one byte of a record changed', () => {
    const text = gunzipSync(good).toString('utf8').replace('Mountain Pass', 'Mountain Pasz');
    expectRefused(gz(text), /do not match its SHA-256/);
  });
  it('a flow whose facility is missing (hash recomputed)', () => {
    const bytes = rehashed(json, (r) => {
      r.facilities = r.facilities!.filter((f) => f.name !== 'Mountain Pass');
      r.source_links = [];
    });
    expectRefused(bytes, /Flow "[^"]+" comes from facility "[^"]+", which is not in the snapshot/);
  });
  it('duplicate ids', () => {
    const bytes = rehashed(json, (r) => {
      r.flows!.push({ ...r.flows![0]!, volume_t: 5 });
    });
    expectRefused(bytes, /Duplicate id "[^"]+" in flows \(records 0 and 2\)/);
  });
  it('a record the schema refuses, named with its table, index and id', () => {
    const bytes = rehashed(json, (r) => {
      r.facilities![1]!.country = 'XX';
    });
    expectRefused(bytes, /facilities\[1\] \(id "[^"]+"\): country: Country must be an ISO 3166-1 alpha-2 code/);
  });
  it('counts that disagree with the records', () => {
    const copy = structuredClone(json) as typeof json & { counts: Record<string, number> };
    copy.counts.flows = 7;
    expectRefused(gz(copy), /counts say 7 flows but it holds 2/);
  });
  it('a 200 MB name string', () => {
    const bytes = rehashed(json, (r) => {
      r.facilities![0]!.name = 'N'.repeat(200 * 1000 * 1000);
    });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const message = expectRefused(bytes, /facilities\[0\] \(id "[^"]+"\): name: Name is longer than 200 characters/);
    expect(message.length).toBeLessThan(300);
  }, 60_000);
});

describe('size limits', () => {
  const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)); // 8 MiB of spaces in ~8 KiB
  const small = { maxCompressed: 1024 * 1024, maxInflated: 1024 * 1024 };

  it('a decompression bomb stops at the inflated limit (bytes and stream)', async () => {
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => inflateBytes(bomb, small)).toThrow(/inflates to more than 1 MiB/);
    await expect(inflateStream(Readable.from([bomb]), small)).rejects.toThrow(/inflates to more than 1 MiB/);
  });

  it('a compressed file over the limit is refused before it is read', async () => {
    const dir = fs.mkdtempSync(path.join(target.dir, 'big-'));
    const file = path.join(dir, 'big.lodestone');
    fs.writeFileSync(file, good);
    await expect(readSnapshotFile(file, { maxCompressed: good.length - 1, maxInflated: 1 << 30 })).rejects.toThrow(/larger than the .* a snapshot may be/);
    expect(() => inflateBytes(good, { maxCompressed: good.length - 1, maxInflated: 1 << 30 })).toThrow(/larger than/);
    await expect(readSnapshotFile(file)).resolves.toMatchObject({ counts: { facilities: 3 } });
  });

  it('the real 1 GiB limit: a stream of a bomb inflating past it is cut off there', async () => {
    // 1 GiB + 1 MiB of zeros, compressed chunk by chunk as it streams: never all in memory
    const chunk = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const members = Math.ceil((MAX_INFLATED_BYTES + 1024 * 1024) / (64 * 1024 * 1024));
    const stream = Readable.from((function* () {
      for (let i = 0; i < members; i++) yield chunk;
    })());
    const error = await inflateStream(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LodestoneError);
    expect((error as Error).message).toMatch(/inflates to more than 1024 MiB/);
  }, 60_000);
});

describe('text that looks like markup', () => {
  it('names and notes with HTML and script survive as text', () => {
    const t = tempWorkspace();
    try {
      const name = `<script>alert("x")</script> & <b>"Baotou"</b>`;
      t.service.run('facilities.create', { name, stage: 'mine', country: 'CN', notes: `<img src=x onerror=alert(1)>\n'quoted'` });
      const b = tempWorkspace();
      try {
        b.service.run('snapshot.merge', { data: exportWhole(t.ws).toString('base64'), on_conflict: 'fail' });
        const [facility] = b.service.run('facilities.list', {});
        expect(facility).toMatchObject({ name, notes: `<img src=x onerror=alert(1)>\n'quoted'` });
      } finally {
        b.cleanup();
      }
    } finally {
      t.cleanup();
    }
  });
});


describe('fuzz', () => {
  it('1,200 mutated snapshots: each is merged correctly or refused with a clear message, never a crash or a partial write', () => {
    const random = prng(20261122); // seeded: the same mutations on every run
    const text = gunzipSync(good);
    const outcomes = { merged: 0, refused: 0 };
    const messages = new Set<string>();
    const fresh = tempWorkspace();
    onTestFinished(() => fresh.cleanup());
    for (let i = 0; i < 1200; i++) {
      const kind = i % 3;
      let bytes: Buffer;
      if (kind === 0) {
        // flip bytes of the compressed file
        bytes = Buffer.from(good);
        for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
          const at = Math.floor(random() * bytes.length);
          bytes[at] = bytes[at]! ^ (1 + Math.floor(random() * 255));
        }
      } else if (kind === 1) {
        // flip bytes of the JSON, then compress
        const plain = Buffer.from(text);
        for (let k = 1 + Math.floor(random() * 3); k > 0; k--) plain[Math.floor(random() * plain.length)] = Math.floor(random() * 128);
        bytes = gzipSync(plain);
      } else {
        // a field of a record set to another value, hash recomputed: only the schema and integrity checks stand
        const tables = SNAPSHOT_TABLES;
        const values = [null, '', 'X', -1, 1e308, 'CN', '<b>', [], {}, true, 2101, 'oem', json.records.facilities![0]!.id];
        bytes = rehashed(json, (r) => {
          const list = r[tables[Math.floor(random() * tables.length)]!]!;
          const record = list[Math.floor(random() * list.length)]!;
          const keys = Object.keys(record);
          record[keys[Math.floor(random() * keys.length)]!] = values[Math.floor(random() * values.length)];
        });
      }
      const before = recordsDump(target.ws);
      let snapshot;
      try {
        snapshot = readSnapshotBytes(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(LodestoneError);
        const message = (error as Error).message;
        expect(message).not.toMatch(/\n|undefined|\[object/);
        expect(message.length).toBeLessThan(400);
        messages.add(message.replace(/"[^"]*"|\d+/g, '_'));
        outcomes.refused++;
        expect(recordsDump(target.ws)).toBe(before);
        continue;
      }
      // it verified: merging it (into a workspace with no records) either succeeds fully or is
      // refused with nothing written; a success is undone to start the next one from empty
      const empty = recordsDump(fresh.ws);
      try {
        mergeSnapshot(fresh.ws, snapshot, { onConflict: 'theirs', fileName: 'fuzz.lodestone', author: '', backup: false });
        outcomes.merged++;
        expect(fresh.ws.count('flows')).toBe(snapshot.counts.flows);
        expect(fresh.ws.count('facilities')).toBe(snapshot.counts.facilities);
        undo(fresh.ws);
      } catch (error) {
        if (!(error instanceof LodestoneError)) throw error;
        expect((error as LodestoneError).code).not.toBe('internal');
        outcomes.refused++;
      }
      expect(recordsDump(fresh.ws)).toBe(empty);
    }
    expect(outcomes.merged + outcomes.refused).toBe(1200);
    expect(outcomes.refused).toBeGreaterThan(600);
    expect(outcomes.merged).toBeGreaterThan(20);
    expect(messages.size).toBeGreaterThan(5);
  }, 60_000);
});
