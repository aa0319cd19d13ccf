// The window's export counts must match what db/snapshot/select.ts puts in the file.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../../../../db/sample';
import { selectRecords } from '../../../../db/snapshot/select';
import { tempWorkspace, type TestWorkspace } from '../../../../db/test/helpers';
import type { Stage } from '../../../../db/model/enums';
import { exportCounts, type ExportSelection } from './exportCounts';

let t: TestWorkspace;
beforeAll(() => {
  t = tempWorkspace();
  loadSample(t.ws, path.resolve(__dirname, '../../../../assets/sample'));
});
afterAll(() => t.cleanup());

describe('export counts match the exported records (sample workspace)', () => {
  const cases: [string, Partial<ExportSelection>][] = [
    ['whole', {}],
    ['China', { countries: ['CN'] }],
    ['China and US, metal to magnet', { countries: ['CN', 'US'], stages: ['metal', 'alloy', 'magnet'] }],
    ['mines, no sensitive content', { stages: ['mine'], includeSensitive: false }],
  ];
  it.each(cases)('%s', (_name, patch) => {
    const selection: ExportSelection = { countries: [], materials: [], stages: [] as Stage[], includeSensitive: true, ...patch };
    const lists = {
      facilities: t.service.run('facilities.list', {}),
      flows: t.service.run('flows.list', {}),
      materials: t.service.run('materials.list', {}),
      sources: t.service.run('sources.list', {}),
      links: t.service.run('sources.links', {}),
    };
    const picked = selectRecords(t.ws, {
      countries: [...selection.countries],
      materials: [...selection.materials],
      stages: [...selection.stages],
      include_sensitive: selection.includeSensitive,
    });
    expect(picked.facilities.length).toBeGreaterThan(0);
    expect(exportCounts(lists, selection)).toEqual({
      facilities: picked.facilities.length,
      flows: picked.flows.length,
      materials: picked.materials.length,
      sources: picked.sources.length,
    });
  });

  it('a materials filter', () => {
    const materials = t.service.run('materials.list', {});
    const ids = materials.slice(0, 2).map((m) => m.id);
    const lists = {
      facilities: t.service.run('facilities.list', {}),
      flows: t.service.run('flows.list', {}),
      materials,
      sources: t.service.run('sources.list', {}),
      links: t.service.run('sources.links', {}),
    };
    const picked = selectRecords(t.ws, { countries: [], materials: ids, stages: [], include_sensitive: true });
    expect(exportCounts(lists, { countries: [], materials: ids, stages: [], includeSensitive: true })).toEqual({
      facilities: picked.facilities.length,
      flows: picked.flows.length,
      materials: picked.materials.length,
      sources: picked.sources.length,
    });
  });
});
