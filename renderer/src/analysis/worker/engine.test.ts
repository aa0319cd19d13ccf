// The engine without a Worker (as in Node): it answers through the host's API, one job at a
// time, and a newer request for a slot replaces the one still waiting.
import { describe, expect, it } from 'vitest';
import type { WorkspaceStore } from '../../state/workspace';
import { AnalysisEngine } from './engine';

function fakeStore() {
  const calls: { op: string; input: unknown; resolve: (v: unknown) => void }[] = [];
  const at = { version: 1 };
  const store = {
    read: (op: string, input: unknown) => new Promise((resolve) => calls.push({ op, input, resolve })),
    getSnapshot: () => ({ version: at.version, facilities: [], flows: [], materials: [] }),
  } as unknown as WorkspaceStore;
  return { store, calls, at };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('AnalysisEngine', () => {
  it('runs one job at a time through the host when no worker can start', async () => {
    const { store, calls } = fakeStore();
    const engine = new AnalysisEngine(store);
    const a = engine.request('a', 'analysis.concentrationAll', { include_planned: false });
    const b = engine.request('b', 'analysis.chokepoints', { limit: 5, include_planned: false });
    await tick();
    expect(engine.backend).toBe('host');
    expect(engine.busy).toBe(2);
    expect(calls.map((c) => c.op)).toEqual(['analysis.concentrationAll']);
    calls[0]!.resolve({ stages: [] });
    expect(await a).toMatchObject({ status: 'done', value: { stages: [] } });
    await tick();
    expect(calls.map((c) => c.op)).toEqual(['analysis.concentrationAll', 'analysis.chokepoints']);
    calls[1]!.resolve({ targets: [] });
    expect(await b).toMatchObject({ status: 'done' });
    expect(engine.busy).toBe(0);
  });

  it('replaces a waiting request of the same slot', async () => {
    const { store, calls } = fakeStore();
    const engine = new AnalysisEngine(store);
    const first = engine.request('x', 'analysis.concentrationAll', { include_planned: false });
    const old = engine.request('p', 'analysis.provenance', { facility: 'a', by: 'location', max_routes: 1, include_planned: false });
    const latest = engine.request('p', 'analysis.provenance', { facility: 'b', by: 'location', max_routes: 1, include_planned: false });
    expect(await old).toEqual({ status: 'superseded' });
    calls[0]!.resolve({ stages: [] });
    await first;
    await tick();
    expect(calls.map((c) => (c.input as { facility?: string }).facility)).toEqual([undefined, 'b']);
    calls[1]!.resolve({ facility: { id: 'b' } });
    expect(await latest).toMatchObject({ status: 'done', value: { facility: { id: 'b' } } });
  });

  it('answers the same question of the same workspace version once, whichever slot asks; a new version asks again', async () => {
    const { store, calls, at } = fakeStore();
    const engine = new AnalysisEngine(store);
    const inspector = engine.request('inspector-checks', 'analysis.checks', { include_planned: false });
    const diagram = engine.request('diagram-checks', 'analysis.checks', { include_planned: false });
    const planned = engine.request('checks', 'analysis.checks', { include_planned: true });
    await tick();
    calls[0]!.resolve({ findings: ['first'] });
    expect(await inspector).toMatchObject({ status: 'done', value: { findings: ['first'] } });
    expect(await diagram).toMatchObject({ status: 'done', value: { findings: ['first'] } });
    await tick();
    expect(calls.map((c) => c.input)).toEqual([{ include_planned: false }, { include_planned: true }]);
    calls[1]!.resolve({ findings: ['planned'] });
    expect(await planned).toMatchObject({ value: { findings: ['planned'] } });

    at.version = 2;
    const again = engine.request('diagram-checks', 'analysis.checks', { include_planned: false });
    await tick();
    expect(calls).toHaveLength(3);
    calls[2]!.resolve({ findings: ['second'] });
    expect(await again).toMatchObject({ value: { findings: ['second'] } });
  });

  it('reports a failed job with the host’s message', async () => {
    const store = { read: () => Promise.reject(new Error('No facility with id or name "x"')), getSnapshot: () => ({ version: 1 }) } as unknown as WorkspaceStore;
    const result = await new AnalysisEngine(store).request('p', 'analysis.provenance', { facility: 'x', by: 'location', max_routes: 1, include_planned: false });
    expect(result).toEqual({ status: 'failed', error: { code: 'internal', message: 'No facility with id or name "x"' } });
  });
});
