// The workspace the window works on, and switching it (File > New, Open, Open Recent).
// Electron-free so it is tested with real workspace files: a switch opens the new file
// first, and only when that worked closes the old one (with its WAL checkpoint, see
// db/workspace.ts close), so a file that cannot be opened leaves the window on its workspace.
import path from 'node:path';
import { createService, type Service, type ServiceOptions } from '../db/service';
import { openWorkspace, type OpenOptions, type Workspace } from '../db/workspace';

export interface SessionOptions {
  open?: OpenOptions;
  service?: ServiceOptions;
}

export class WorkspaceSession {
  private current: { workspace: Workspace; service: Service } | null = null;

  constructor(private readonly options: SessionOptions = {}) {}

  /** Opens (creating if missing) `file` and makes it current; throws, keeping the current one, if it cannot. */
  open(file: string): Workspace {
    const workspace = openWorkspace(path.resolve(file), this.options.open);
    const previous = this.current;
    this.current = { workspace, service: createService(workspace, this.options.service) };
    if (previous) closeQuietly(previous.workspace);
    return workspace;
  }

  get workspace(): Workspace | null {
    return this.current?.workspace ?? null;
  }

  /** The api.ts service of the current workspace; throws when none is open (after close). */
  get service(): Service {
    if (!this.current) throw new Error('No workspace is open');
    return this.current.service;
  }

  /** Checkpoints and closes the current workspace; safe to call twice. */
  close(): void {
    const previous = this.current;
    this.current = null;
    if (previous) closeQuietly(previous.workspace);
  }
}

function closeQuietly(workspace: Workspace): void {
  try {
    workspace.close();
  } catch (error) {
    console.error(`Lodestone: closing ${workspace.path} failed:`, error);
  }
}
