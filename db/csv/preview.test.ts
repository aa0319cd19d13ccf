// The CSV preview under a column mapping, and csv.import with the same mapping.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, tempWorkspace, type TestWorkspace } from '../test/helpers';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace();
});
afterEach(() => t.cleanup());

const theirCsv = ['Plant,Kind,Nation,Remark,Internal', 'Mountain Pass,mine,US,open pit,x', 'Baotou,separation,ZZ,,y', 'Lynas,smelter,MY,,z'].join('\n');
const mapping = { Plant: 'name', Kind: 'stage', Nation: 'country', Remark: 'notes', Internal: '' };

describe('csv.preview', () => {
  it('shows the header, first rows, how columns map, and the errors by line, writing nothing', () => {
    const before = fingerprint(t.ws);
    const preview = t.service.run('csv.preview', { kind: 'facilities', text: theirCsv, mapping, rows: 2 });
    expect(preview.header).toEqual(['Plant', 'Kind', 'Nation', 'Remark', 'Internal']);
    expect(preview.rows).toEqual([
      { line: 2, cells: ['Mountain Pass', 'mine', 'US', 'open pit', 'x'] },
      { line: 3, cells: ['Baotou', 'separation', 'ZZ', '', 'y'] },
    ]);
    expect(preview.total_rows).toBe(3);
    expect(preview.columns).toEqual([
      { source: 'Plant', field: 'name' },
      { source: 'Kind', field: 'stage' },
      { source: 'Nation', field: 'country' },
      { source: 'Remark', field: 'notes' },
      { source: 'Internal', field: null },
    ]);
    expect(preview.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'country'],
      [4, 'stage'],
    ]);
    expect(preview.errors[1]!.message).toMatch(/Stage must be one of/);
    expect(fingerprint(t.ws)).toBe(before);
  });

  it('without a mapping, the interfaces.md columns apply and an unknown column is an error', () => {
    const preview = t.service.run('csv.preview', { kind: 'facilities', text: theirCsv });
    expect(preview.errors[0]).toMatchObject({ line: 1, field: 'Plant', message: expect.stringMatching(/Unknown column "Plant"/) });
    expect(preview.fields).toContain('capacity_material');
  });

  it('csv.import takes the same mapping', () => {
    const fixed = theirCsv.replace('ZZ', 'CN').replace('smelter', 'metal');
    const report = t.service.run('csv.import', { facilities: fixed, mapping: { facilities: mapping } });
    expect(report.created.facilities).toBe(3);
    const names = t.service.run('facilities.list', {}).map((f) => [f.name, f.stage, f.country, f.notes]);
    expect(names).toContainEqual(['Mountain Pass', 'mine', 'US', 'open pit']);
  });
});

describe('csv.preview alongside other files', () => {
  const facilities = ['name,stage,country', 'New Mine,mine,AU', 'New Plant,separation,MY'].join('\n');
  const flows = ['from,to,material,volume_t', 'New Mine,New Plant,Mixed concentrate,100', 'New Mine,Nowhere,Mixed concentrate,5'].join('\n');

  it('counts the facilities a facilities file alongside defines, and reports only its own problems', () => {
    const alone = t.service.run('csv.preview', { kind: 'flows', text: flows });
    expect(alone.errors.map((e) => e.line)).toEqual([2, 2, 3, 3]);
    const before = fingerprint(t.ws);
    const together = t.service.run('csv.preview', {
      kind: 'flows',
      text: flows,
      alongside: { facilities: { text: `${facilities}\nBad,nowhere,ZZ` } },
    });
    expect(together.errors).toHaveLength(1);
    expect(together.errors[0]).toMatchObject({ file: 'flows.csv', line: 3, field: 'to' });
    expect(together.error_count).toBe(1);
    expect(fingerprint(t.ws)).toBe(before);
  });
});
