// Crash safety (issue 6, item 1): a child process is SIGKILLed in the middle of a large CSV
// import, a snapshot merge and a burst of single edits, at seeded points; afterwards the
// workspace passes integrity_check, every step the child reported committed is there, and
// every step is whole or absent (never half an import or merge), with its change-log batch.
//
// Two kinds of kill per workload: at the N-th SQL statement (the child kills itself there;
// the same point on every run, between any two writes of a transaction) and after a delay
// from the parent (anywhere, including inside a COMMIT). What synchronous=NORMAL promises is
// exactly this: a commit that returned survives a crash of the process (db/store/open.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../../bench/generate';
import { openWorkspace } from '../../workspace';
import { startScript, type ChildExit } from './child';
import { prepareCrashData, type CrashData } from './crash-data';
import { counterRevision, observeSteps, type ObservedStep, type StepState } from './crash-observe';
import { KINDS, type CrashKind } from './crash-workloads';

const SEED = 20_240_606;
/** Per workload: kills at a seeded statement, then kills after a seeded delay. */
const STATEMENT_KILLS = 6;
const TIMED_KILLS = 6;

let dir: string;
let data: CrashData;
let firstBatch: number;
let runs = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-crash-'));
  data = prepareCrashData(dir);
  const ws = openWorkspace(data.template);
  firstBatch = (ws.db.prepare('SELECT max(id) FROM change_batches').pluck().get() as number) + 1;
  ws.close();
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  exit: ChildExit;
  file: string;
  folder: string;
}

/** Runs the workload on a fresh copy of the template; kills it at a statement or after a delay. */
async function runWorkload(kind: CrashKind, kill: { atStatement?: number; afterMs?: number } = {}): Promise<Run> {
  const folder = path.join(dir, `run-${runs++}`);
  fs.mkdirSync(folder);
  const file = path.join(folder, 'workspace.db');
  fs.copyFileSync(data.template, file);
  const args = [kind, file, data.dataDir, String(kill.atStatement ?? 0)];
  const child = startScript('./crash-child.ts', args, (line, process) => {
    if (line === 'begin 0' && kill.afterMs !== undefined) setTimeout(() => process.kill('SIGKILL'), kill.afterMs);
  });
  return { exit: await child.exit, file, folder };
}

const stepNumbers = (exit: ChildExit, word: 'begin' | 'commit') =>
  exit.lines.filter((l) => l.startsWith(`${word} `)).map((l) => Number(l.split(' ')[1]));

const absent = (whole: StepState): StepState => Object.fromEntries(Object.keys(whole).map((k) => [k, 0]));

/** Opens the killed run's workspace (recovering its WAL) and checks every promise. */
function checkSurvivor(kind: CrashKind, run: Run, whole: ObservedStep[]): void {
  const ws = openWorkspace(run.file);
  try {
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    const { steps, batches } = observeSteps(kind, ws, firstBatch);
    // Each step whole or absent, the present ones a prefix (they ran in order), one batch each.
    steps.forEach((step, k) => expect([whole[k], absent(whole[k]!)], `step ${k}`).toContainEqual(step));
    const present = steps.filter((step, k) => step.entries === whole[k]!.entries && step.entries > 0).length;
    steps.forEach((step, k) => expect(step.entries > 0, `step ${k} present`).toBe(k < present));
    expect(batches).toBe(present);
    // Every step reported committed is there; at most the one in flight beyond them.
    const committed = stepNumbers(run.exit, 'commit');
    expect(present).toBeGreaterThanOrEqual(committed.length);
    expect(present).toBeLessThanOrEqual(committed.length + 1);
    if (kind === 'edits') {
      const updates = steps.filter((step, k) => k % 3 === 1 && step.present === 1).length;
      expect(counterRevision(ws)).toBe(1 + updates);
    }
  } finally {
    ws.close();
  }
  fs.rmSync(run.folder, { recursive: true, force: true });
}

describe('a process killed with SIGKILL in the middle of writing', () => {
  KINDS.forEach((kind, index) => {
    it(`${kind}: after ${STATEMENT_KILLS + TIMED_KILLS} kills the workspace is intact, committed steps are there, none is half there`, async () => {
      const random = prng(SEED + index);
      const uncut = await runWorkload(kind);
      expect(uncut.exit.stderr).toBe('');
      expect(uncut.exit.code).toBe(0);
      const [, statements, ms] = uncut.exit.lines.at(-1)!.split(' ').map(Number) as [number, number, number];
      const ws = openWorkspace(uncut.file);
      const whole = observeSteps(kind, ws, firstBatch).steps;
      ws.close();
      for (const step of whole) expect(step.entries).toBeGreaterThan(0);

      let insideStep = 0;
      for (let k = 0; k < STATEMENT_KILLS; k++) {
        const run = await runWorkload(kind, { atStatement: 1 + Math.floor(random() * statements) });
        expect(run.exit.signal).toBe('SIGKILL');
        if (stepNumbers(run.exit, 'begin').length > stepNumbers(run.exit, 'commit').length) insideStep++;
        checkSurvivor(kind, run, whole);
      }
      // The seeded points are fixed: at least one of them falls inside a step's transaction.
      expect(insideStep).toBeGreaterThan(0);
      for (let k = 0; k < TIMED_KILLS; k++) {
        const run = await runWorkload(kind, { afterMs: random() * ms });
        checkSurvivor(kind, run, whole);
      }
    }, 60_000);
  });
});
