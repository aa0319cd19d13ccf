// The process crash.test.ts kills: `crash-child.ts KIND DB DATA_DIR [KILL_AT]` runs one
// workload (crash-workloads.ts) on the workspace DB. With KILL_AT it SIGKILLs itself just
// before its KILL_AT-th SQL statement runs: a kill at a chosen point, the same on every run.
// Lines go out with writeSync, so a line printed is in the pipe before any kill.
import fs from 'node:fs';
import { createService } from '../../service';
import { openWorkspace } from '../../workspace';
import { KINDS, runWorkload, type CrashKind } from './crash-workloads';

const [kind, dbFile, dataDir, killAtText] = process.argv.slice(2);
if (!KINDS.includes(kind as CrashKind) || !dbFile || !dataDir) throw new Error('usage: crash-child.ts KIND DB DATA_DIR [KILL_AT]');
const killAt = Number(killAtText ?? 0);

const report = (line: string) => fs.writeSync(1, `${line}\n`);
const ws = openWorkspace(dbFile);
const service = createService(ws);

// Every write of the core runs through Statement#run (VACUUM INTO of the merge's backup too).
let statements = 0;
const statement = Object.getPrototypeOf(ws.db.prepare('SELECT 1')) as { run: (...args: unknown[]) => unknown };
const run = statement.run;
statement.run = function (this: unknown, ...args: unknown[]) {
  statements++;
  if (statements === killAt) process.kill(process.pid, 'SIGKILL');
  return run.apply(this, args);
};

report('ready');
const started = performance.now();
runWorkload(kind as CrashKind, service, dataDir, report);
report(`done ${statements} ${Math.round(performance.now() - started)}`);
ws.close();
