import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedChain, tempWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

describe('diagram positions', () => {
  it('saves, updates and lists positions per layout, skipping unknown facilities', () => {
    const { mine, sep } = seedChain(t.service);
    const saved = t.service.run('diagram.savePositions', {
      layout: 'chain',
      positions: [
        { facility_id: mine.id, x: 10, y: 20 },
        { facility_id: 'fac-gone', x: 1, y: 1 },
      ],
    });
    expect(saved).toEqual({ saved: 1 });
    t.service.run('diagram.savePositions', { layout: 'chain', positions: [{ facility_id: mine.id, x: 11.5, y: -3 }] });
    t.service.run('diagram.savePositions', { layout: 'force', positions: [{ facility_id: sep.id, x: 5, y: 5 }] });
    expect(t.service.run('diagram.positions', { layout: 'chain' })).toEqual([{ facility_id: mine.id, x: 11.5, y: -3 }]);
    expect(t.service.run('diagram.positions', { layout: 'force' })).toEqual([{ facility_id: sep.id, x: 5, y: 5 }]);
    expect(t.service.run('diagram.resetPositions', { layout: 'chain' })).toEqual({ removed: 1 });
    expect(t.service.run('diagram.positions', { layout: 'chain' })).toEqual([]);
  });

  it('are not part of the undo history', () => {
    const { mine } = seedChain(t.service);
    const undoBefore = t.service.run('workspace.info', {}).undo;
    t.service.run('diagram.savePositions', { layout: 'chain', positions: [{ facility_id: mine.id, x: 1, y: 2 }] });
    expect(t.service.run('workspace.info', {}).undo).toBe(undoBefore);
  });

  it('go with the facility when it is deleted', () => {
    const { mine } = seedChain(t.service);
    t.service.run('diagram.savePositions', { layout: 'map', positions: [{ facility_id: mine.id, x: 1, y: 2 }] });
    t.service.run('facilities.delete', { ids: [mine.id] });
    expect(t.service.run('diagram.positions', { layout: 'map' })).toEqual([]);
  });

  it('refuses an unknown layout and non-finite coordinates', () => {
    const { mine } = seedChain(t.service);
    expect(t.service.call('diagram.positions', { layout: 'circle' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'layout', message: 'Layout must be one of: chain, force, map' }] },
    });
    const bad = t.service.call('diagram.savePositions', { layout: 'chain', positions: [{ facility_id: mine.id, x: Infinity, y: 0 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
