// Electronegativity (Doyensec's Electron security linter) over the shell's sources and over
// a fresh electron-vite build of the app: no finding of MEDIUM severity or above, except the
// reviewed false positives in electronegativity-allowed.json. The tool exits 0 whatever it
// finds, so its findings are read as data (electronegativity.ts) and judged here.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan, SEVERITY_RANK, type Finding } from './electronegativity';

const here = path.dirname(fileURLToPath(import.meta.url));
const electronDir = path.dirname(here);
const repo = path.dirname(electronDir);
const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;

interface Allowed {
  id: string;
  files: string[];
  line_contains: string;
  reason: string;
}
const ALLOWED = (JSON.parse(readFileSync(path.join(here, 'electronegativity-allowed.json'), 'utf8')) as { allowed: Allowed[] }).allowed;

/** Findings at MEDIUM or above that no allow-list entry explains, and entries nothing matched. */
function judge(root: string, findings: readonly Finding[]): { unexplained: Finding[]; unusedAllowances: string[] } {
  const used = new Set<Allowed>();
  const lineOf = (f: Finding) => readFileSync(path.join(root, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  const unexplained = findings
    .filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.MEDIUM)
    .filter((f) => {
      const entry = ALLOWED.find((a) => a.id === f.id && a.files.includes(f.file) && lineOf(f).includes(a.line_contains));
      if (entry) used.add(entry);
      return !entry;
    });
  const scanned = new Set(findings.map((f) => f.file));
  const unusedAllowances = ALLOWED.filter((a) => !used.has(a) && a.files.some((file) => scanned.has(file))).map((a) => `${a.id} in ${a.files.join(', ')}`);
  return { unexplained, unusedAllowances };
}

const describeFinding = (f: Finding) => `${f.severity} ${f.id} at ${f.file}:${f.line}: ${f.description}`;

describe('Electronegativity', () => {
  let tmp: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lodestone-electronegativity-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reports an insecure window, so a clean result below means something', async () => {
    const dir = path.join(tmp, 'canary');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const { findings } = await scan(dir, electronVersion);
    const ids = findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.MEDIUM).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('finds nothing of MEDIUM or above in electron/ (the shell sources, tests left out)', async () => {
    // Only what ships: the test files and this check are not part of the app.
    const dir = path.join(tmp, 'sources');
    mkdirSync(dir);
    const sources = readdirSync(electronDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    for (const name of sources) copyFileSync(path.join(electronDir, name), path.join(dir, name));
    expect(sources).toEqual(expect.arrayContaining(['main.ts', 'preload.ts', 'ipc.ts', 'policy.ts', 'protocol.ts']));

    const { findings, parseErrors } = await scan(dir, electronVersion);
    expect(parseErrors).toEqual([]);
    const { unexplained, unusedAllowances } = judge(dir, findings);
    expect(unexplained.map(describeFinding)).toEqual([]);
    expect(unusedAllowances).toEqual([]);
  });

  it('finds nothing of MEDIUM or above in the built app (main, preload, renderer)', { timeout: 180_000 }, async () => {
    const dir = path.join(tmp, 'build');
    // electron-vite reads LODESTONE_BUILD_DIR when it loads electron.vite.config.ts, so the
    // shared out/ folder is left alone.
    process.env.LODESTONE_BUILD_DIR = dir;
    try {
      const { build } = await import('electron-vite');
      await build({ configFile: path.join(repo, 'electron.vite.config.ts'), logLevel: 'error' });
    } finally {
      delete process.env.LODESTONE_BUILD_DIR;
    }
    expect(readdirSync(dir).sort()).toEqual(['main', 'preload', 'renderer']);

    const { findings, parseErrors } = await scan(dir, electronVersion);
    expect(parseErrors).toEqual([]);
    expect(new Set(findings.map((f) => f.file))).toContain('main/main.js'); // the shell was read
    const { unexplained, unusedAllowances } = judge(dir, findings);
    expect(unexplained.map(describeFinding)).toEqual([]);
    expect(unusedAllowances).toEqual([]);
  });
});
