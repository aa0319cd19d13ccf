// A colleague's workspace, on its own file, driven through the `lodestone` CLI (as a
// colleague's script would): merge a snapshot, change records by CSV, review a data-check
// finding, save a disruption scenario, export a snapshot.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_DIR } from '../fixtures';

const run = promisify(execFile);
const BIN = path.join(REPO_DIR, 'bin', 'lodestone.mjs');

/** Runs `lodestone ARGS`; rejects with its stderr on a non-zero exit. */
export async function lodestone(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [BIN, ...args], { cwd: REPO_DIR, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export class ColleagueWorkspace {
  readonly db: string;

  constructor(private readonly dir: string) {
    this.db = path.join(dir, 'colleague.db');
  }

  async importSnapshot(file: string): Promise<void> {
    await lodestone('--db', this.db, 'import-snapshot', file, '--on-conflict', 'theirs');
  }

  /** Creates or (rows with an existing id) updates facilities, in the CSV import format. */
  async importFacilities(csv: string): Promise<void> {
    const file = path.join(this.dir, `colleague-facilities-${Date.now()}.csv`);
    await writeFile(file, csv);
    await lodestone('--db', this.db, 'import-csv', '--facilities', file);
  }

  /** Creates or (rows with an existing id) updates flows, in the CSV import format. */
  async importFlows(csv: string): Promise<void> {
    const file = path.join(this.dir, `colleague-flows-${Date.now()}.csv`);
    await writeFile(file, csv);
    await lodestone('--db', this.db, 'import-csv', '--flows', file);
  }

  /** Marks a data-check finding reviewed, e.g. ("dead-end", "fac-1", "why"). */
  async reviewFinding(check: string, recordId: string, note: string): Promise<void> {
    await lodestone('--db', this.db, 'check', '--review', `${check}:${recordId}`, '--note', note);
  }

  /** Saves a scenario (interfaces.md shape); with the id of a saved one, replaces it. */
  async saveScenario(definition: object): Promise<void> {
    const file = path.join(this.dir, `colleague-scenario-${Date.now()}.json`);
    await writeFile(file, JSON.stringify(definition));
    await lodestone('--db', this.db, 'scenario', 'save', file);
  }

  async exportSnapshot(name: string, author: string): Promise<string> {
    const file = path.join(this.dir, name);
    await lodestone('--db', this.db, 'export-snapshot', file, '--author', author);
    return file;
  }
}
