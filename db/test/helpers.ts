import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { LodestoneError } from '../errors';
import { createService, type Service } from '../service';
import { openWorkspace, type Workspace } from '../workspace';

/** The error `body` throws; fails the test when it throws none. */
export function errorOf(body: () => unknown): LodestoneError {
  try {
    body();
  } catch (error) {
    return error as LodestoneError;
  }
  throw new Error('expected an error');
}

export interface TestWorkspace {
  ws: Workspace;
  service: Service;
  file: string;
  dir: string;
  cleanup(): void;
}

export function tempWorkspace(): TestWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-test-'));
  const file = path.join(dir, 'workspace.db');
  const ws = openWorkspace(file);
  return {
    ws,
    service: createService(ws),
    file,
    dir,
    cleanup() {
      ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Everything a write could touch, to prove that a refused write wrote nothing. */
export function fingerprint(ws: Workspace): string {
  const tables = ['materials', 'facilities', 'flows', 'sources', 'source_links', 'change_batches', 'change_log'];
  return tables.map((t) => JSON.stringify(ws.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

export function seedChain(service: Service) {
  const oxide = service.run('materials.create', { name: 'NdPr oxide', form: 'oxide', elements: ['Nd', 'Pr'] });
  const mine = service.run('facilities.create', { name: 'Mountain Pass', stage: 'mine', country: 'US' });
  const sep = service.run('facilities.create', { name: 'Baotou separation', stage: 'separation', country: 'CN' });
  const flow = service.run('flows.create', { from_id: mine.id, to_id: sep.id, material_id: oxide.id, volume_t: 1000 });
  return { oxide, mine, sep, flow };
}

/** Makes temp workspaces, each closed and removed after the test that made it. Call at file level. */
export function workspacesPerTest(): () => TestWorkspace {
  const open: TestWorkspace[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.cleanup();
  });
  return () => {
    const t = tempWorkspace();
    open.push(t);
    return t;
  };
}
