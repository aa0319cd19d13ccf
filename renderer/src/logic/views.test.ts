import { describe, expect, it } from 'vitest';
import { INITIAL_VIEWS, VIEWS, inspectorModeFor, inspectorShown, viewDef, viewOfType } from './views';

describe('views', () => {
  it('has one view per record type, in sidebar order', () => {
    expect(VIEWS.map((v) => v.name)).toEqual(['facilities', 'flows', 'materials', 'sources']);
    expect(viewOfType('flow')).toBe('flows');
    expect(viewDef('sources').label).toBe('Sources');
  });
  it('starts sorted by each table’s name column', () => {
    expect(INITIAL_VIEWS.flows.sort).toEqual({ column: 'from', dir: 'asc' });
    expect(INITIAL_VIEWS.sources.sort?.column).toBe('title');
  });
});

describe('inspectorModeFor', () => {
  it('creates, edits, reports a missing record or shows nothing', () => {
    expect(inspectorModeFor('facility', 'facility', 'f1', false)).toBe('create');
    expect(inspectorModeFor(null, 'facility', 'f1', true)).toBe('edit');
    expect(inspectorModeFor(null, 'facility', 'f1', false)).toBe('missing');
    expect(inspectorModeFor(null, 'facility', null, false)).toBe('empty');
  });
});

describe('inspectorShown', () => {
  it('always shows the inspector beside the record tables and the diagram, even with nothing selected', () => {
    for (const page of ['records', 'diagram'] as const) {
      for (const mode of ['empty', 'edit', 'create', 'missing'] as const) expect(inspectorShown(page, mode)).toBe(true);
    }
  });

  it('gives the analysis, report and snapshots pages the width while the inspector would be empty', () => {
    for (const page of ['analysis', 'report', 'snapshots'] as const) {
      expect(inspectorShown(page, 'empty')).toBe(false);
      // A record being created, or left open with its edits, stays in view.
      expect(inspectorShown(page, 'create')).toBe(true);
      expect(inspectorShown(page, 'edit')).toBe(true);
      expect(inspectorShown(page, 'missing')).toBe(true);
    }
  });
});
