// How a snapshot diff names what differs: flows by their ends and material, citations by the
// record and its source, references by the names they point to, on each side; names of
// records only the snapshot holds come from the snapshot.
import { describe, expect, it } from 'vitest';
import { workspacesPerTest } from '../../test/helpers';
import { b64, exportWhole, seedTwoCountries, sharedChain } from './fixtures';

const workspace = workspacesPerTest();

describe('the names in a snapshot diff', () => {
  it('names records by what a person knows them by, with the names a reference points to', () => {
    const { a, b, s } = sharedChain(workspace);

    // There: a new plant, a new flow to it citing a source, and an old flow sent to it instead.
    const lynas = a.service.run('facilities.create', { name: 'Lynas Kalgoorlie', stage: 'separation', country: 'AU' });
    const flow = a.service.run('flows.create', { from_id: s.mine.id, to_id: lynas.id, material_id: s.oxide.id, volume_t: 50 });
    a.service.run('sources.link', { source_id: s.open.id, record_type: 'flow', record_id: flow.id });
    a.service.run('flows.update', { id: s.f2.id, changes: { to_id: lynas.id, material_id: s.oxide.id, volume_t: 300 } });

    const diff = b.service.run('snapshot.diff', { data: b64(exportWhole(a.ws)) });
    const added = Object.fromEntries(diff.added.map((e) => [e.table, e.label]));
    expect(added).toEqual({
      facilities: 'Lynas Kalgoorlie',
      // Lynas is only in the snapshot: its name comes from there
      flows: 'Mountain Pass → Lynas Kalgoorlie · NdPr oxide',
      source_links: 'Mountain Pass → Lynas Kalgoorlie · NdPr oxide cites USGS 2024',
    });
    expect(diff.changed).toHaveLength(1);
    const changed = diff.changed[0]!;
    expect(changed.label).toBe('Baotou separation → Lynas Kalgoorlie · NdPr oxide');
    expect(changed.fields).toEqual([
      { field: 'to_id', mine: s.metalPlant.id, theirs: lynas.id, mine_name: 'Ganzhou metal', theirs_name: 'Lynas Kalgoorlie' },
      { field: 'material_id', mine: s.metal.id, theirs: s.oxide.id, mine_name: 'NdPr metal', theirs_name: 'NdPr oxide' },
      // not a reference: no names
      { field: 'volume_t', mine: 400, theirs: 300 },
    ]);
  });

  it('names what a subset brings into an empty workspace from the subset alone', () => {
    const a = workspace();
    seedTwoCountries(a.service);
    const b = workspace();
    // Chinese facilities only (the flow from the US mine is not in it); B holds nothing to name them by.
    const cn = a.service.run('snapshot.export', { filter: { countries: ['CN'] } });
    const diff = b.service.run('snapshot.diff', { data: cn.data });
    expect(diff.added.find((e) => e.table === 'flows')!.label).toBe('Baotou separation → Ganzhou metal · NdPr metal');
    // the citation of the (sensitive, included) field report names its facility
    expect(diff.added.find((e) => e.table === 'source_links')!.label).toBe('Baotou separation cites Field report');
  });
});
