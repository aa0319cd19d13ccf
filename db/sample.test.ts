import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCsv } from './csv/export';
import { importCsv } from './csv/import';
import { LodestoneError } from './errors';
import { defaultSampleDir, loadSample, SAMPLE_LABEL } from './sample';
import { createService } from './service';
import { undo } from './store/history';
import { openWorkspace, type Workspace } from './workspace';

const dirs: string[] = [];
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-sample-'));
  dirs.push(dir);
  return dir;
}

function tempWorkspace(): Workspace {
  const ws = openWorkspace(path.join(tempDir(), 'w.db'));
  open.push(ws);
  return ws;
}

function miniSample(): string {
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'sources.json'),
    JSON.stringify([
      { id: 'src-1', title: 'Seed article 000', publisher: 'P', published: '2023', url: '', excerpt: 'All roads lead to China.', sensitive: false, notes: '' },
      { id: 'src-2', title: 'Analyst estimates', publisher: '', published: '', url: '', excerpt: '', sensitive: true, notes: '' },
    ]),
  );
  fs.writeFileSync(path.join(dir, 'materials.csv'), 'id,name,form,elements,unit,reo_factor,notes\nm-ore,Rare-earth ore,ore,La;Ce,t,0.06,\n');
  fs.writeFileSync(
    path.join(dir, 'facilities.csv'),
    'id,name,stage,country,capacity_t,capacity_material,source\nf-mine,Bayan Obo,mine,CN,2100000,Rare-earth ore,Seed article 000|Analyst estimates\nf-sep,Baotou separation,separation,CN,,,\n',
  );
  fs.writeFileSync(path.join(dir, 'flows.csv'), 'id,from,to,material,volume_t,source\nw-1,f-mine,f-sep,Rare-earth ore,1900000,analyst estimates\n');
  return dir;
}

describe('loadSample', () => {
  it('loads sources, then the CSV files, as one undoable batch', () => {
    const ws = tempWorkspace();
    const report = loadSample(ws, miniSample());
    expect(report.created).toEqual({ materials: 1, facilities: 2, flows: 1, sources: 0 });
    expect(ws.get('sources', 'src-2')!.sensitive).toBe(true);
    expect(ws.count('source_links')).toBe(3);
    expect(ws.db.prepare('SELECT label, kind FROM change_batches').all()).toEqual([{ label: SAMPLE_LABEL, kind: 'import' }]);
    undo(ws);
    for (const table of ['materials', 'facilities', 'flows', 'sources', 'source_links'] as const) expect(ws.count(table)).toBe(0);
  });

  it('refuses a workspace that is not empty, changing nothing', () => {
    const ws = tempWorkspace();
    importCsv(ws, { facilities: { name: 'f.csv', data: 'name,stage,country\nA,mine,US\n' } });
    expect(() => loadSample(ws, miniSample())).toThrow(/The workspace is not empty/);
    try {
      loadSample(ws, miniSample());
    } catch (error) {
      expect((error as LodestoneError).code).toBe('conflict');
    }
    expect(ws.count('facilities')).toBe(1);
  });

  it('says which file is wrong, and writes nothing', () => {
    const dir = miniSample();
    fs.writeFileSync(path.join(dir, 'flows.csv'), 'id,from,to,material\nw-1,f-mine,f-nowhere,Rare-earth ore\n');
    const ws = tempWorkspace();
    expect(() => loadSample(ws, dir)).toThrow(/sample\/flows\.csv line 2, to: No facility/);
    expect(ws.count('sources')).toBe(0);
    fs.writeFileSync(path.join(dir, 'sources.json'), '[{"title": ""}]');
    expect(() => loadSample(ws, dir)).toThrow(/sources\.json: \[0\]\.title: Title is required/);
  });

  it('saves the scenarios of scenarios.json, naming its facilities, in the same undoable batch', () => {
    const dir = miniSample();
    const outage = { name: 'Bayan Obo stops', months: 6, disruptions: [{ kind: 'facility', id: 'f-mine', fraction: 1, start_month: 2 }] };
    const ban = { name: 'China bans ore', disruptions: [{ kind: 'country', country: 'CN', materials: ['Rare-earth ore'], fraction: 1, start_month: 1 }] };
    fs.writeFileSync(path.join(dir, 'scenarios.json'), JSON.stringify([{ id: 'scn-outage', scenario: outage }, { scenario: ban }]));
    const ws = tempWorkspace();
    loadSample(ws, dir);
    const service = createService(ws);
    const saved = service.run('scenarios.list', {});
    expect(saved.map((s) => [s.name, s.months])).toEqual([
      ['Bayan Obo stops', 6],
      ['China bans ore', 12],
    ]);
    expect(saved[0]!.id).toBe('scn-outage');
    expect(service.run('scenarios.run', { id: 'scn-outage' }).facilities.find((f) => f.id === 'f-sep')!.supply_ratio).toEqual([1, 0, 0, 0, 0, 0]);
    expect(ws.db.prepare('SELECT count(*) AS n FROM change_batches').get()).toEqual({ n: 1 });
    undo(ws);
    expect(ws.count('scenarios')).toBe(0);
    // a workspace holding only a scenario is not empty
    service.run('scenarios.create', { scenario: { name: 'China bans exports', disruptions: [{ kind: 'country', country: 'CN', fraction: 1, start_month: 1 }] } });
    expect(() => loadSample(ws, dir)).toThrow(/The workspace is not empty/);
  });

  it('refuses a scenario naming a facility the sample lacks, writing nothing', () => {
    const dir = miniSample();
    const scenario = { name: 'Atlantis stops', disruptions: [{ kind: 'facility', id: 'Atlantis', fraction: 1, start_month: 1 }] };
    fs.writeFileSync(path.join(dir, 'scenarios.json'), JSON.stringify([{ scenario }]));
    const ws = tempWorkspace();
    expect(() => loadSample(ws, dir)).toThrow(/scenarios\.json: \[0\]\.scenario\.disruptions\.0\.id: No facility with id or name "Atlantis"/);
    for (const table of ['facilities', 'sources', 'scenarios'] as const) expect(ws.count(table)).toBe(0);
    fs.writeFileSync(path.join(dir, 'scenarios.json'), JSON.stringify([{ scenario: { ...scenario, months: 0 } }]));
    expect(() => loadSample(ws, dir)).toThrow(/scenarios\.json: \[0\]\.scenario\.months: Months counts from 1/);
  });

  it('refuses a folder without the sample', () => {
    expect(() => loadSample(tempWorkspace(), tempDir())).toThrow(/The sample workspace is missing/);
  });

  it('is what workspace.loadSample runs, with the folder the host passes', () => {
    const ws = tempWorkspace();
    const info = createService(ws, { sampleDir: miniSample() }).run('workspace.loadSample', {});
    expect(info.counts).toEqual({ materials: 1, facilities: 2, flows: 1, sources: 2 });
    expect(info.undo).toBe(SAMPLE_LABEL);
  });
});

describe.runIf(fs.existsSync(path.join(defaultSampleDir(), 'facilities.csv')))('the shipped sample (assets/sample)', () => {
  it('loads into an empty workspace and round-trips through CSV', () => {
    const ws = tempWorkspace();
    const info = createService(ws).run('workspace.loadSample', {});
    expect(info.counts.facilities).toBeGreaterThan(20);
    expect(info.counts.flows).toBeGreaterThan(20);
    expect(info.counts.sources).toBeGreaterThan(0);
    // its saved scenarios name records it has, and each run finds facilities short
    const service = createService(ws);
    const scenarios = service.run('scenarios.list', {});
    expect(scenarios.length).toBeGreaterThan(0);
    for (const { id } of scenarios) expect(service.run('scenarios.run', { id }).facilities.some((f) => f.months_to_shortfall !== null)).toBe(true);
    const a = exportCsv(ws);
    const fresh = tempWorkspace();
    importCsv(fresh, {
      materials: { name: 'materials.csv', data: a.materials },
      facilities: { name: 'facilities.csv', data: a.facilities },
      flows: { name: 'flows.csv', data: a.flows },
    });
    expect(exportCsv(fresh)).toEqual(a);
  });
});
