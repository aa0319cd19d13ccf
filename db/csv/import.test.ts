import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chainToCsv, generateChain } from '../../bench/generate';
import { LodestoneError } from '../errors';
import { createService } from '../service';
import { redo, undo } from '../store/history';
import { openWorkspace, type Workspace } from '../workspace';
import { exportCsv } from './export';
import { FACILITY_COLUMNS, FLOW_COLUMNS } from './format';
import { CsvImportError, importCsv, type CsvImportFiles } from './import';
import { formatCsv } from './parse';

const dirs: string[] = [];
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempWorkspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-csv-'));
  dirs.push(dir);
  const ws = openWorkspace(path.join(dir, 'w.db'));
  open.push(ws);
  return ws;
}

/** Everything a failed import must leave as it was. */
function state(ws: Workspace) {
  const tables = ['materials', 'facilities', 'flows', 'sources', 'source_links', 'change_batches', 'change_log'];
  return Object.fromEntries(tables.map((t) => [t, (ws.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

const batchCount = (ws: Workspace) => (ws.db.prepare('SELECT count(*) AS n FROM change_batches').get() as { n: number }).n;

const files = (csv: { materials?: string; facilities?: string; flows?: string }): CsvImportFiles => ({
  materials: csv.materials === undefined ? undefined : { name: 'materials.csv', data: csv.materials },
  facilities: csv.facilities === undefined ? undefined : { name: 'facilities.csv', data: csv.facilities },
  flows: csv.flows === undefined ? undefined : { name: 'flows.csv', data: csv.flows },
});

const FACILITIES = `id,name,stage,country,capacity_t,capacity_material,lat,lon,tags,notes,source
f1,Mountain Pass,mine,US,40000,Rare-earth ore,35.47,-115.53,light-ree;dod-funded,"Wound down in the late 1990s, now funded again",USGS Mineral Commodity Summaries 2024
f2,Lynas Malaysia,separation,MY,10500,NdPr oxide,3.97,103.4,,"Heavy REs ""22% higher"" cost",USGS Mineral Commodity Summaries 2024|Company annual report
f3,Baotou Metal,metal,cn,30000,NdPr metal,40.6,109.8,,,
`;
const FLOWS = `id,from,to,material,volume_t,year
w1,f1,Lynas Malaysia,Rare-earth ore,38000,2023
w2,Lynas Malaysia,f3,NdPr oxide,6000,2024
`;

/** One import that must fail: returns the error, after checking nothing was written. */
function refused(ws: Workspace, csv: { materials?: string; facilities?: string; flows?: string } | CsvImportFiles): CsvImportError {
  const before = state(ws);
  const input = 'facilities' in csv && typeof csv.facilities === 'object' ? (csv as CsvImportFiles) : files(csv as never);
  let caught: unknown;
  try {
    importCsv(ws, input);
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the import should have been refused').toBeInstanceOf(CsvImportError);
  expect(state(ws)).toEqual(before);
  const error = caught as CsvImportError;
  expect(error.code).toBe('validation');
  expect(error.report.errors.length).toBeGreaterThan(0);
  return error;
}

describe('importCsv', () => {
  it('creates facilities, flows, new materials and sources, and reports them', () => {
    const ws = tempWorkspace();
    const report = importCsv(ws, files({ facilities: FACILITIES, flows: FLOWS }));
    expect(report.rows_read).toEqual({ materials: 0, facilities: 3, flows: 2 });
    expect(report.created).toEqual({ materials: 3, facilities: 3, flows: 2, sources: 2 });
    expect(report.new_materials.sort()).toEqual(['NdPr metal', 'NdPr oxide', 'Rare-earth ore']);
    expect(report.errors).toEqual([]);

    const f2 = ws.get('facilities', 'f2')!;
    expect(f2.notes).toBe('Heavy REs "22% higher" cost');
    expect(ws.get('facilities', 'f3')!.country).toBe('CN');
    expect(ws.get('facilities', 'f1')!.tags).toEqual(['light-ree', 'dod-funded']);
    const forms = Object.fromEntries(ws.all('materials').map((m) => [m.name, m.form]));
    expect(forms).toEqual({ 'Rare-earth ore': 'ore', 'NdPr oxide': 'oxide', 'NdPr metal': 'metal' });
    const w1 = ws.get('flows', 'w1')!;
    expect([w1.from_id, w1.to_id, w1.volume_t, w1.year]).toEqual(['f1', 'f2', 38000, 2023]);
    expect(ws.count('source_links')).toBe(3);

    const batches = ws.db.prepare('SELECT label, kind FROM change_batches').all();
    expect(batches).toEqual([{ label: 'Import CSV: 3 facilities, 2 flows', kind: 'import' }]);
  });

  it('is undone in one step', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: FACILITIES, flows: FLOWS }));
    undo(ws);
    for (const table of ['materials', 'facilities', 'flows', 'sources', 'source_links'] as const) expect(ws.count(table)).toBe(0);
  });

  it('logs every row in order (in groups of entries), and undo then redo restores it exactly', () => {
    const ws = tempWorkspace();
    const rows = Array.from({ length: 75 }, (_, i) => `f${String(i).padStart(3, '0')},Plant ${i},metal,CN,${i * 0.1}`);
    importCsv(ws, files({ facilities: `id,name,stage,country,capacity_t\n${rows.join('\n')}\n` }));
    const log = ws.db.prepare('SELECT record_id, op, after FROM change_log ORDER BY id').all() as { record_id: string; op: string; after: string }[];
    expect(log.map((e) => e.record_id)).toEqual(rows.map((r) => r.split(',')[0]));
    expect(JSON.parse(log[74]!.after)).toEqual(ws.get('facilities', 'f074'));
    const before = exportCsv(ws);
    undo(ws);
    expect(ws.count('facilities')).toBe(0);
    redo(ws);
    expect(exportCsv(ws)).toEqual(before);
  });

  it('updates rows whose id exists, leaves identical ones alone, and keeps columns the file lacks', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: FACILITIES, flows: FLOWS }));
    const batches = batchCount(ws);
    const again = importCsv(ws, files({ facilities: FACILITIES, flows: FLOWS }));
    expect(again.unchanged).toEqual({ materials: 0, facilities: 3, flows: 2 });
    expect(again.created).toEqual({ materials: 0, facilities: 0, flows: 0, sources: 0 });
    expect(batchCount(ws)).toBe(batches); // nothing written, no batch

    const report = importCsv(ws, files({ facilities: 'stage,name,id,country\nmine,Mountain Pass (Molycorp),f1,US\nmine,Bayan Obo,,CN\n' }));
    expect(report.updated.facilities).toBe(1);
    expect(report.created.facilities).toBe(1);
    const f1 = ws.get('facilities', 'f1')!;
    expect(f1.name).toBe('Mountain Pass (Molycorp)');
    expect(f1.revision).toBe(2);
    expect(f1.capacity_t).toBe(40000); // not in this file: kept
    expect(f1.lat).toBe(35.47);
    expect(ws.get('facilities', 'f2')!.revision).toBe(1);
  });

  it('counts a row that only gains a citation as updated, without a new revision', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: 'id,name,stage,country\nf1,A,mine,US\n' }));
    const report = importCsv(ws, files({ facilities: 'id,name,stage,country,source\nf1,A,mine,US,GAO-16-161\n' }));
    expect(report.updated.facilities).toBe(1);
    expect(report.created.sources).toBe(1);
    expect(ws.get('facilities', 'f1')!.revision).toBe(1);
    expect(ws.count('source_links')).toBe(1);
  });

  it('reuses existing sources and materials case-insensitively', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ materials: 'name,form\nNdPr Oxide,oxide\n', facilities: 'id,name,stage,country,source\nf1,A,mine,US,Company Report\n' }));
    const report = importCsv(
      ws,
      files({ facilities: 'id,name,stage,country,source,capacity_material\nf2,B,separation,US,company report,ndpr oxide\n' }),
    );
    expect(report.created.sources).toBe(0);
    expect(report.new_materials).toEqual([]);
    expect(ws.count('materials')).toBe(1);
    expect(ws.count('sources')).toBe(1);
  });

  it('reads materials.csv and matches an existing material by name when there is no id', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ materials: 'id,name,form,elements,unit,reo_factor\nm1,NdPr oxide,oxide,Nd;Pr,t,\nm2,Rare-earth ore,,La;Ce,t,0.06\n' }));
    expect(ws.get('materials', 'm1')!.elements).toEqual(['Nd', 'Pr']);
    expect(ws.get('materials', 'm2')!.form).toBe('ore'); // guessed from the name
    const report = importCsv(ws, files({ materials: 'name,notes\nndpr oxide,Separated\n' }));
    expect(report.updated.materials).toBe(1);
    expect(ws.get('materials', 'm1')!.notes).toBe('Separated');
  });

  it('resolves flow ends by facility name across the workspace and the file', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: 'id,name,stage,country\nf1,Mine A,mine,US\n' }));
    const report = importCsv(ws, files({ facilities: 'id,name,stage,country\nf9,Plant B,separation,CN\n', flows: 'from,to,material\nmine a,Plant B,Ore\n' }));
    expect(report.created.flows).toBe(1);
    const flow = ws.all('flows')[0]!;
    expect([flow.from_id, flow.to_id]).toEqual(['f1', 'f9']);
  });

  it('accepts columns in any order and lower-cases enum cells', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: 'country,Stage,NAME,status,confidence\nJP,Magnet,Shin-Etsu,Operating,HIGH\n' }));
    const f = ws.all('facilities')[0]!;
    expect([f.country, f.stage, f.name, f.status, f.confidence]).toEqual(['JP', 'magnet', 'Shin-Etsu', 'operating', 'high']);
  });

  it('accepts bytes with a BOM and CRLF line ends', () => {
    const ws = tempWorkspace();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name,stage,country\r\nBastnäsite Mill,concentrator,CN\r\n')]);
    importCsv(ws, { facilities: { name: 'f.csv', data: bytes } });
    expect(ws.all('facilities')[0]!.name).toBe('Bastnäsite Mill');
  });

  it('runs `before` inside the same batch', () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: 'name,stage,country,source\nA,mine,US,Prior source\n' }), {
      label: 'With a prior source',
      before: (tx) => {
        tx.insert('sources', { id: 's0', title: 'Prior source', publisher: 'X', published: '', url: '', excerpt: '', sensitive: false, notes: '' });
      },
    });
    expect(ws.count('sources')).toBe(1);
    expect(batchCount(ws)).toBe(1);
    expect(ws.all('source_links')[0]!.source_id).toBe('s0');
  });
});

describe('importCsv refuses bad input, names the problem and writes nothing', () => {
  const base = () => {
    const ws = tempWorkspace();
    importCsv(ws, files({ facilities: FACILITIES, flows: FLOWS }));
    return ws;
  };
  const facilityRow = (cells: Partial<Record<(typeof FACILITY_COLUMNS)[number], string>>) =>
    formatCsv(FACILITY_COLUMNS, [FACILITY_COLUMNS.map((c) => cells[c] ?? '')]);

  it('a facility without a name', () => {
    const error = refused(base(), { facilities: 'id,name,stage,country\nx1,A,mine,US\nx2,,mine,US\n' });
    expect(error.message).toMatch(/^facilities\.csv line 3, name: Name is required/);
    expect(error.report.errors[0]).toMatchObject({ file: 'facilities.csv', line: 3, field: 'name' });
    expect(error.issues[0]).toMatchObject({ path: 'name', line: 3 });
  });

  it('an unknown stage', () => {
    const error = refused(base(), { facilities: facilityRow({ name: 'A', stage: 'refinery', country: 'US' }) });
    expect(error.message).toMatch(/line 2, stage: Stage must be one of: mine, .*\(found "refinery"\)/);
  });

  it('a country code that is not ISO 3166-1', () => {
    const error = refused(base(), { facilities: facilityRow({ name: 'A', stage: 'mine', country: 'XX' }) });
    expect(error.message).toMatch(/line 2, country: Country must be an ISO 3166-1 alpha-2 code/);
    const owner = refused(base(), { facilities: facilityRow({ name: 'A', stage: 'mine', country: 'US', owner_country: 'China' }) });
    expect(owner.report.errors[0]!.field).toBe('owner_country');
  });

  it('a negative capacity', () => {
    const error = refused(base(), { facilities: facilityRow({ name: 'A', stage: 'mine', country: 'US', capacity_t: '-5' }) });
    expect(error.message).toMatch(/line 2, capacity_t: Capacity cannot be negative/);
  });

  it('latitude 91', () => {
    const error = refused(base(), { facilities: facilityRow({ name: 'A', stage: 'mine', country: 'US', lat: '91' }) });
    expect(error.message).toMatch(/line 2, lat: Latitude must be between -90 and 90/);
  });

  it('a flow to a missing facility', () => {
    const error = refused(base(), { flows: 'from,to,material\nf1,f2,Ore\nf1,nowhere,Ore\n' });
    expect(error.message).toMatch(/^flows\.csv line 3, to: No facility with id or name "nowhere"/);
  });

  it('a flow from a facility to itself', () => {
    const error = refused(base(), { flows: 'from,to,material\nf1,Mountain Pass,Ore\n' });
    expect(error.message).toMatch(/line 2, to: A flow cannot go from a facility to itself/);
  });

  it('an ambiguous facility name', () => {
    const ws = base();
    importCsv(ws, files({ facilities: 'name,stage,country\nLynas Malaysia,separation,MY\n' }));
    const error = refused(ws, { flows: 'from,to,material\nf1,Lynas Malaysia,Ore\n' });
    expect(error.message).toMatch(/line 2, to: More than one facility is named "Lynas Malaysia"/);
  });

  it('a CSV with an unknown column', () => {
    const error = refused(base(), { facilities: 'name,stage,country,capacity\nA,mine,US,5\n' });
    expect(error.message).toMatch(/^facilities\.csv line 1, capacity: Unknown column "capacity"/);
  });

  it('a duplicated column, a missing required column', () => {
    expect(refused(base(), { facilities: 'name,stage,country,name\nA,mine,US,B\n' }).message).toMatch(/line 1, name: Column "name" appears twice/);
    expect(refused(base(), { flows: 'from,to\nf1,f2\n' }).message).toMatch(/^flows\.csv line 1, material: Required column "material" is missing/);
  });

  it('a duplicated id', () => {
    const error = refused(base(), { facilities: 'id,name,stage,country\nz1,A,mine,US\nz2,B,mine,US\nz1,C,mine,US\n' });
    expect(error.message).toMatch(/line 4, id: Id "z1" appears twice in this file \(first on line 2\)/);
  });

  it('a bad number on line 5000 of 10,000', () => {
    const rows = Array.from({ length: 9999 }, (_, i) => [`b${i + 2}`, `Plant ${i + 2}`, 'metal', 'CN', i + 2 === 5000 ? '12abc' : String(i)]);
    const text = formatCsv(['id', 'name', 'stage', 'country', 'capacity_t'], rows);
    expect(text.split('\r\n').length - 1).toBe(10_000);
    const error = refused(base(), { facilities: text });
    expect(error.message).toBe('facilities.csv line 5000, capacity_t: "12abc" is not a number; nothing was imported');
    expect(error.report.errors).toHaveLength(1);
  });

  it('NaN, Infinity and a comma-grouped number', () => {
    const error = refused(base(), {
      facilities: 'name,stage,country,capacity_t,lat,stock_t\nA,mine,US,NaN,1,1\nB,mine,US,1,Infinity,1\nC,mine,US,1,1,"1,000"\n',
    });
    expect(error.report.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'capacity_t'],
      [3, 'lat'],
      [4, 'stock_t'],
    ]);
  });

  it('a file that is not UTF-8', () => {
    const latin1 = Buffer.from('name,stage,country\nBastn\xe4site Mill,concentrator,CN\n', 'latin1');
    const error = refused(base(), { facilities: { name: 'facilities.csv', data: latin1 } });
    expect(error.message).toMatch(/^facilities\.csv line 2: The file is not UTF-8 text/);
  });

  it('a row with the wrong number of fields, an unclosed quote', () => {
    expect(refused(base(), { facilities: 'name,stage,country\nA,mine\n' }).message).toMatch(/line 2: This row has 2 fields but the header has 3/);
    expect(refused(base(), { facilities: 'name,stage,country\nA,mine,US\n"B,mine,US\n' }).message).toMatch(/line 3: A quoted field is not closed/);
  });

  it('an empty file', () => {
    expect(refused(base(), { facilities: '' }).message).toMatch(/^facilities\.csv line 1: The file is empty/);
  });

  it('collects every error across files, in file and line order', () => {
    const error = refused(base(), {
      facilities: 'id,name,stage,country,lat\nq1,,mine,US,\nq2,B,mine,ZZ,95\n',
      flows: 'id,from,to,material,volume_t,year\nv1,q1,f1,Ore,-1,2020\nv2,f1,f2,Ore,1,1800\nv3,ghost,f2,,1,2020\n',
    });
    expect(error.report.errors.map((e) => `${e.file}:${e.line}:${e.field}`)).toEqual([
      'facilities.csv:2:name',
      'facilities.csv:3:country',
      'facilities.csv:3:lat',
      'flows.csv:2:volume_t',
      'flows.csv:3:year',
      'flows.csv:4:from',
      'flows.csv:4:material',
    ]);
    expect(error.message).toMatch(/\(and 6 more errors\); nothing was imported$/);
  });

  it('a material name used twice', () => {
    const error = refused(base(), { materials: 'id,name,form\nm1,Dy oxide,oxide\nm2,DY OXIDE,oxide\n' });
    expect(error.report.errors[0]).toMatchObject({ file: 'materials.csv', field: 'name' });
  });
});

describe('exportCsv', () => {
  it('round-trips: export, import into a fresh workspace, export again gives identical files', () => {
    const chain = chainToCsv(generateChain({ facilities: 300, flows: 900, seed: 7 }));
    const first = tempWorkspace();
    importCsv(first, files(chain));
    const a = exportCsv(first);
    const second = tempWorkspace();
    const report = importCsv(second, files(a));
    expect(report.created.facilities).toBe(300);
    expect(report.created.flows).toBe(900);
    const b = exportCsv(second);
    expect(b.materials).toBe(a.materials);
    expect(b.facilities).toBe(a.facilities);
    expect(b.flows).toBe(a.flows);
    // Re-importing into the same workspace changes nothing.
    const same = importCsv(second, files(b));
    expect(same.unchanged).toEqual({ materials: 15, facilities: 300, flows: 900 });
    expect(same.created).toEqual({ materials: 0, facilities: 0, flows: 0, sources: 0 });
    expect(same.updated).toEqual({ materials: 0, facilities: 0, flows: 0 });
  });

  it('keeps awkward values exactly', () => {
    const ws = tempWorkspace();
    const service = createService(ws);
    service.run('materials.create', { id: 'm1', name: 'NdPr "special", oxide', form: 'oxide', elements: ['Nd', 'Pr'], reo_factor: 0.1 + 0.2 });
    service.run('facilities.create', {
      id: 'a',
      name: 'Ünïcode, "quoted" plant',
      stage: 'separation',
      country: 'EE',
      lat: 59.437,
      lon: 1e-7,
      capacity_t: 1e21,
      capacity_material_id: 'm1',
      notes: 'Line one\nLine two, with comma\r\nLine three',
      tags: ['a b', 'c'],
    });
    service.run('facilities.create', { id: 'b', name: 'B', stage: 'metal', country: 'JP', stock_t: 0 });
    service.run('flows.create', { id: 'x', from_id: 'a', to_id: 'b', material_id: 'm1', volume_t: 123456789.123456789, year: 2024 });
    for (const title of ['Zeta report', 'alpha | beta review']) {
      const source = service.run('sources.create', { title });
      service.run('sources.link', { source_id: source.id, record_type: 'facility', record_id: 'a' });
    }
    const a = exportCsv(ws);
    expect(a.facilities).toContain('Zeta report|alpha | beta review');
    const fresh = tempWorkspace();
    // The fresh workspace knows the piped title, so the cell splits where it should.
    createService(fresh).run('sources.create', { title: 'alpha | beta review' });
    importCsv(fresh, files(a));
    const b = exportCsv(fresh);
    expect(b).toEqual(a);
    const imported = fresh.get('facilities', 'a')!;
    const original = ws.get('facilities', 'a')!;
    for (const key of ['name', 'lat', 'lon', 'capacity_t', 'notes', 'tags'] as const) expect(imported[key]).toEqual(original[key]);
    expect(fresh.get('flows', 'x')!.volume_t).toBe(123456789.123456789);
    expect(fresh.get('materials', 'm1')!.reo_factor).toBe(0.1 + 0.2);
  });

  it('writes the header of every file even for an empty workspace', () => {
    const out = exportCsv(tempWorkspace());
    expect(out.facilities).toBe(`${FACILITY_COLUMNS.join(',')}\r\n`);
    expect(out.flows).toBe(`${FLOW_COLUMNS.join(',')}\r\n`);
    expect(out.materials).toBe('id,name,form,elements,unit,reo_factor,notes\r\n');
  });
});

describe('service', () => {
  it('csv.import and csv.export work through the service; errors come back as data', () => {
    const ws = tempWorkspace();
    const service = createService(ws);
    const report = service.run('csv.import', { facilities: FACILITIES, flows: FLOWS });
    expect(report.created.facilities).toBe(3);
    const out = service.run('csv.export', {});
    expect(out.flows.split('\r\n')[1]).toBe('w1,f1,f2,Rare-earth ore,38000,2023,operating,medium,,');
    const failed = service.call('csv.import', { flows: 'from,to,material\nf1,f1,Ore\n' });
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('validation');
      expect(failed.error.message).toMatch(/flows\.csv line 2, to:/);
      expect(failed.error.issues?.[0]).toMatchObject({ path: 'to', line: 2 });
    }
    expect(() => service.run('csv.import', { flows: 'x' })).toThrow(LodestoneError);
  });
});
