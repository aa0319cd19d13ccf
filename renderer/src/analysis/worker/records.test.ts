import { describe, expect, it } from 'vitest';
import { facility, flow, material } from '../../logic/testRecords';
import { AnalysisRunner } from './runner';
import { applyPatch, graphRecords, recordsPatch, type RecordLists } from './records';
import type { DataChecksResult } from '../../../../db/model/checks';

describe('graphRecords', () => {
  it('sends the worker only the fields the analyses and the data checks read', () => {
    const records = graphRecords({
      facilities: [facility('f', { name: 'Mine', notes: 'long notes', tags: ['a'] })],
      flows: [flow('l', { from_id: 'f', to_id: 'g', material_id: 'm', volume_t: 5, notes: 'x' })],
      materials: [material('m', { name: 'Ore', elements: ['Nd'] })],
    });
    expect(records.facilities).toEqual([{ id: 'f', name: 'Mine', stage: 'mine', country: 'CN', owner_country: null, status: 'operating', capacity_t: null, capacity_material_id: null, stock_t: null, confidence: 'medium' }]);
    expect(records.flows).toEqual([{ id: 'l', from_id: 'f', to_id: 'g', material_id: 'm', volume_t: 5, status: 'operating', confidence: 'medium' }]);
    expect(records.materials).toEqual([{ id: 'm', name: 'Ore', form: 'oxide' }]);
  });
});

describe('recordsPatch', () => {
  const lists: RecordLists = {
    facilities: [facility('mine', { name: 'Mine', stage: 'mine' }), facility('plant', { name: 'Plant', stage: 'metal', capacity_t: 50, capacity_material_id: 'm' })],
    flows: [flow('a', { from_id: 'mine', to_id: 'plant', material_id: 'm', volume_t: 40 })],
    materials: [material('m', { name: 'Ore' })],
  };

  it('holds only the records edited in place or added, by position', () => {
    const edited = { ...lists.flows[0]!, volume_t: 80, revision: 2 };
    const added = facility('oem', { name: 'OEM', stage: 'oem' });
    const now: RecordLists = { facilities: [...lists.facilities, added], flows: [edited], materials: lists.materials };
    expect(recordsPatch(lists, now)).toEqual({
      facilities: [[2, graphRecords({ ...now, flows: [], materials: [] }).facilities[2]]],
      flows: [[0, { id: 'a', from_id: 'mine', to_id: 'plant', material_id: 'm', volume_t: 80, status: 'operating', confidence: 'medium' }]],
      materials: [],
    });
    expect(recordsPatch(lists, { ...lists })).toEqual({ facilities: [], flows: [], materials: [] });
  });

  it('gives up (send them all) on a removal, a record moved, or more changes than the limit', () => {
    expect(recordsPatch(lists, { ...lists, facilities: lists.facilities.slice(1) })).toBeNull();
    expect(recordsPatch(lists, { ...lists, facilities: [...lists.facilities].reverse() })).toBeNull();
    const reloaded: RecordLists = { facilities: lists.facilities.map((f) => ({ ...f })), flows: lists.flows, materials: lists.materials };
    expect(recordsPatch(lists, reloaded, 1)).toBeNull();
    expect(recordsPatch(lists, reloaded, 2)?.facilities).toHaveLength(2);
  });

  it('brings the worker to the records it would have been sent whole: the checks find what a full send finds', () => {
    const now: RecordLists = {
      facilities: [lists.facilities[0]!, { ...lists.facilities[1]!, capacity_t: 3 }],
      flows: [...lists.flows, flow('b', { from_id: 'plant', to_id: 'mine', material_id: 'm', volume_t: 5 })],
      materials: lists.materials,
    };
    const patched = graphRecords(lists);
    applyPatch(patched, recordsPatch(lists, now)!);
    expect(patched).toEqual(graphRecords(now));

    const runner = new AnalysisRunner();
    runner.setRecords(1, graphRecords(lists));
    expect((runner.run('analysis.checks', {}) as DataChecksResult).findings.map((f) => f.check)).not.toContain('above-capacity');
    runner.patchRecords(2, recordsPatch(lists, now)!);
    expect(runner.version).toBe(2);
    expect((runner.run('analysis.checks', {}) as DataChecksResult).findings.map((f) => f.check)).toEqual(expect.arrayContaining(['above-capacity', 'runs-upstream']));
  });
});
