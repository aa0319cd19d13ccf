// The process migration-crash.test.ts kills: opens (and so migrates) a workspace, printing
// "ready" just before and "opened <schema version> <ms>" once the open has returned.
import fs from 'node:fs';
import { openWorkspace } from '../../workspace';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: migrate-child.ts <workspace file>');
const report = (line: string) => fs.writeSync(1, `${line}\n`); // in the pipe before any kill
report('ready');
const started = performance.now();
const ws = openWorkspace(file);
report(`opened ${String(ws.db.pragma('user_version', { simple: true }))} ${Math.round(performance.now() - started)}`);
ws.close();
