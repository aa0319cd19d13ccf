// Runs Doyensec's Electronegativity over a folder and returns its findings as data.
//
// The CLI always exits 0 and prints a table, so the check calls its runner instead and gets
// the issues back. Two things it does on its own would reach the internet, which CI and
// the developers' machines do not have: fetching translations at start-up (replaced here by
// its bundled en-US strings) and AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which downloads
// Electron's release list (left out; `npm audit` and Electron upgrades cover it).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const DIST = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist');
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

export interface Finding {
  id: string;
  severity: Severity;
  confidence: string;
  /** Relative to the scanned folder, with forward slashes. */
  file: string;
  line: number;
  description: string;
  /** Electronegativity's own flag: the finding needs a person to look at the code. */
  manualReview: boolean;
}

export interface ScanResult {
  findings: Finding[];
  /** Files it could not parse; a scan that silently skipped a file proves nothing. */
  parseErrors: { file: string; message: string }[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: Severity };
  confidence: { name: string };
  description: string;
  manualReview?: boolean;
}
interface RawResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RawResult>;

let offlineInstalled = false;

/** Puts the bundled en-US strings in place of the start-up download, before the runner loads. */
function installOfflineTranslations(): void {
  if (offlineInstalled) return;
  const i18n = require(require.resolve('i18n', { paths: [DIST] })) as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  const setUp = async (): Promise<void> => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: path.join(DIST, 'locales'), updateFiles: false, objectNotation: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  const id = require.resolve(path.join(DIST, 'locales', 'i18n.js'));
  if (require.cache[id]) throw new Error('Electronegativity was loaded before its translations were made offline');
  require.cache[id] = { id, filename: id, loaded: true, exports: setUp } as unknown as NodeJS.Module;
  offlineInstalled = true;
}

export async function scan(folder: string, electronVersion: string): Promise<ScanResult> {
  installOfflineTranslations();
  const run = require(path.join(DIST, 'runner.js')) as Runner;
  const result = await run(
    { input: path.resolve(folder), excludeFromScan: OFFLINE_EXCLUDED, electronVersionOverride: electronVersion, isRelative: true, parserPlugins: [] },
    false,
  );
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file.split(path.sep).join('/'),
      line: issue.location.line,
      description: issue.description,
      manualReview: issue.manualReview === true,
    })),
    parseErrors: result.errors.filter((e) => !e.tolerable).map(({ file, message }) => ({ file, message })),
  };
}
