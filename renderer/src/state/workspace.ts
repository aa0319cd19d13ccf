// The workspace as the window knows it: info and every list, loaded through api.ts
// operations and refreshed after each write. A small external store (no React here) so
// it can be tested with a fake `invoke`.
import type { Invoke, OpInput, OpName, OpOutput, WorkspaceInfo } from '../../../db/api';
import type { LodestoneErrorData } from '../../../db/errors';
import type { Facility, Flow, Material, Source, SourceLink } from '../../../db/model/schemas';

export type Part = 'info' | 'facilities' | 'flows' | 'materials' | 'sources' | 'links';
export const ALL_PARTS: readonly Part[] = ['info', 'facilities', 'flows', 'materials', 'sources', 'links'];

export interface WorkspaceSnapshot {
  status: 'loading' | 'ready' | 'error';
  /** Why the first load failed (status "error"). */
  loadError: LodestoneErrorData | null;
  info: WorkspaceInfo | null;
  facilities: Facility[];
  flows: Flow[];
  materials: Material[];
  sources: Source[];
  links: SourceLink[];
  /** Writes in flight. */
  pending: number;
  /** The last failed write or refresh, until the next success. */
  lastError: LodestoneErrorData | null;
  /** When the last write finished (ms since epoch). */
  lastSavedAt: number | null;
  /** Bumps whenever any list changes. */
  version: number;
}

/** What a write makes stale. Deletes and history steps can touch anything. */
export function partsAfter(op: OpName): readonly Part[] {
  const [kind, verb] = op.split('.') as [string, string];
  if (kind === 'history' || kind === 'workspace' || kind === 'csv') return ALL_PARTS;
  if (verb === 'delete') return ALL_PARTS;
  switch (kind) {
    case 'facilities':
      return ['info', 'facilities'];
    case 'flows':
      return ['info', 'flows'];
    case 'materials':
      return ['info', 'materials'];
    case 'sources':
      return verb === 'link' || verb === 'linkMany' || verb === 'unlink' ? ['info', 'links'] : ['info', 'sources'];
    default:
      return ALL_PARTS;
  }
}

const LIST_OPS = {
  facilities: 'facilities.list',
  flows: 'flows.list',
  materials: 'materials.list',
  sources: 'sources.list',
  links: 'sources.links',
} as const;

function toError(error: unknown): LodestoneErrorData {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const e = error as { code: unknown; message: unknown; issues?: unknown };
    return {
      code: String(e.code) as LodestoneErrorData['code'],
      message: String(e.message),
      ...(Array.isArray(e.issues) && e.issues.length ? { issues: e.issues as LodestoneErrorData['issues'] } : {}),
    };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export class WorkspaceStore {
  private snapshot: WorkspaceSnapshot = {
    status: 'loading',
    loadError: null,
    info: null,
    facilities: [],
    flows: [],
    materials: [],
    sources: [],
    links: [],
    pending: 0,
    lastError: null,
    lastSavedAt: null,
    version: 0,
  };
  private listeners = new Set<() => void>();
  /** The last look for outside changes failed (host unreachable); cleared by the next good one. */
  private pollFailed = false;
  private generation: Record<Part, number> = { info: 0, facilities: 0, flows: 0, materials: 0, sources: 0, links: 0 };

  constructor(private readonly call: Invoke) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  /** A read that does not change the snapshot (e.g. one record's source links). */
  read<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> {
    return this.call(name, input);
  }

  private set(patch: Partial<WorkspaceSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  /** First load (and retry after a failed one). */
  async load(): Promise<void> {
    this.set({ status: 'loading', loadError: null });
    try {
      await this.fetchParts(ALL_PARTS, true);
      this.set({ status: 'ready', lastError: null });
    } catch (error) {
      this.set({ status: 'error', loadError: toError(error) });
    }
  }

  /** Refetches the given parts; a failure is recorded as `lastError` and rethrown. */
  async refresh(parts: readonly Part[] = ALL_PARTS): Promise<void> {
    try {
      await this.fetchParts(parts, false);
    } catch (error) {
      this.set({ lastError: toError(error) });
      throw error;
    }
  }

  private async fetchParts(parts: readonly Part[], all: boolean): Promise<void> {
    const gens = {} as Record<Part, number>;
    for (const p of parts) gens[p] = ++this.generation[p];
    const results = await Promise.all(
      parts.map(async (p) => {
        if (p === 'info') return [p, await this.call('workspace.info', {})] as const;
        return [p, await this.call(LIST_OPS[p], {})] as const;
      }),
    );
    const patch: Partial<WorkspaceSnapshot> = {};
    let listsChanged = false;
    for (const [p, value] of results) {
      if (gens[p] !== this.generation[p]) continue; // a newer request for this part is on its way
      (patch as Record<string, unknown>)[p] = value;
      if (p !== 'info') listsChanged = true;
    }
    if (listsChanged || all) patch.version = this.snapshot.version + 1;
    this.set(patch);
  }

  /** Runs a write and refreshes what it made stale. Errors are rethrown for the caller to show. */
  async write<N extends OpName>(name: N, input: OpInput<N>, parts: readonly Part[] = partsAfter(name)): Promise<OpOutput<N>> {
    this.set({ pending: this.snapshot.pending + 1 });
    try {
      const result = await this.call(name, input);
      if (name === 'history.undo' || name === 'history.redo' || name === 'workspace.loadSample') {
        const info = (result as { info?: WorkspaceInfo }).info ?? (name === 'workspace.loadSample' ? (result as WorkspaceInfo) : undefined);
        if (info) {
          this.generation.info++;
          this.set({ info });
        }
      }
      const patched = this.applyLocally(name, input, result);
      await this.refresh(patched ? parts.filter((p) => p !== patched) : parts);
      this.set({ pending: this.snapshot.pending - 1, lastError: null, lastSavedAt: Date.now() });
      return result;
    } catch (error) {
      this.set({ pending: this.snapshot.pending - 1, lastError: toError(error) });
      throw error;
    }
  }

  /**
   * Creates and updates return the stored record: put it in its list directly instead of
   * refetching the whole list (20,000 rows). Returns the part it patched, if any.
   */
  private applyLocally(name: OpName, input: unknown, result: unknown): Part | null {
    const [kind, verb] = name.split('.') as [string, string];
    const part = (kind === 'facilities' || kind === 'flows' || kind === 'materials' || kind === 'sources' ? kind : null) as
      | 'facilities'
      | 'flows'
      | 'materials'
      | 'sources'
      | null;
    const record = result as { id?: unknown } | null;
    if (part && (verb === 'create' || verb === 'update') && record && typeof record.id === 'string') {
      const list = this.snapshot[part] as { id: string }[];
      const at = list.findIndex((r) => r.id === record.id);
      const next = list.slice();
      if (at >= 0) next[at] = record as { id: string };
      else next.push(record as { id: string });
      this.generation[part]++;
      this.set({ [part]: next, version: this.snapshot.version + 1 } as Partial<WorkspaceSnapshot>);
      return part;
    }
    if (name === 'sources.link' && record && typeof record.id === 'string') {
      this.generation.links++;
      this.set({ links: [...this.snapshot.links, record as SourceLink], version: this.snapshot.version + 1 });
      return 'links';
    }
    if (name === 'sources.unlink' && input && typeof (input as { id?: unknown }).id === 'string') {
      const id = (input as { id: string }).id;
      this.generation.links++;
      this.set({ links: this.snapshot.links.filter((l) => l.id !== id), version: this.snapshot.version + 1 });
      return 'links';
    }
    return null;
  }

  /** Asks for workspace.info; if another process changed the workspace, reloads everything. */
  async checkForChanges(): Promise<boolean> {
    if (this.snapshot.status !== 'ready' || this.snapshot.pending > 0) return false;
    const known = this.snapshot.info?.last_change;
    let info: WorkspaceInfo;
    try {
      info = await this.call('workspace.info', {});
    } catch (error) {
      this.pollFailed = true;
      this.set({ lastError: toError(error) });
      return false;
    }
    if (this.pollFailed) {
      this.pollFailed = false;
      this.set({ lastError: null });
    }
    if (this.snapshot.pending > 0) return false;
    if (info.last_change !== known) {
      await this.refresh(ALL_PARTS);
      return true;
    }
    return false;
  }

  clearError(): void {
    this.set({ lastError: null });
  }
}
