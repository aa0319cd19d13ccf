// The list of recently opened workspaces (File > Open Recent), newest first. Pure: the list
// is stored as JSON in the user-data folder by main.ts; what is read back is validated, and a
// damaged file yields an empty list rather than a broken menu.
import path from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from './shell-contract';

export const RECENT_MAX = 10;

const stored = z.object({ version: z.literal(1), files: z.array(z.string().min(1).max(4096)).max(100) });

/** Windows and macOS file systems ignore case by default: one file, two spellings. */
function key(file: string, platform: NodeJS.Platform): string {
  return platform === 'win32' || platform === 'darwin' ? file.toLowerCase() : file;
}

export function parseRecent(text: string | undefined): string[] {
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = stored.safeParse(json);
  return parsed.success ? parsed.data.files.slice(0, RECENT_MAX) : [];
}

export function serializeRecent(files: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files: files.slice(0, RECENT_MAX) }, null, 2)}\n`;
}

/** `file` moved (or added) to the front; at most `max` entries. */
export function addRecent(files: readonly string[], file: string, platform: NodeJS.Platform = process.platform, max = RECENT_MAX): string[] {
  const k = key(file, platform);
  return [file, ...files.filter((f) => key(f, platform) !== k)].slice(0, max);
}

/** Without the files that no longer exist (moved, deleted, on an unplugged drive). */
export function pruneRecent(files: readonly string[], exists: (file: string) => boolean): string[] {
  return files.filter((f) => exists(f));
}

export function isRecent(files: readonly string[], file: string, platform: NodeJS.Platform = process.platform): boolean {
  const k = key(file, platform);
  return files.some((f) => key(f, platform) === k);
}

/** Menu labels: the file name, and its folder too when two entries share a file name. */
export function recentEntries(files: readonly string[], pathApi: Pick<typeof path, 'basename' | 'dirname'> = path): RecentWorkspace[] {
  const names = files.map((f) => pathApi.basename(f));
  return files.map((f, i) => {
    const name = names[i]!;
    const shared = names.filter((n) => n === name).length > 1;
    return { path: f, label: shared ? `${name} — ${pathApi.dirname(f)}` : name };
  });
}
