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
