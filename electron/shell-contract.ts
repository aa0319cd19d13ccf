// The desktop shell's own small contract, beside (never inside) db/api.ts: what only a
// desktop window can do — native file dialogs, switching and copying workspace files, files
// handed over by the operating system. The renderer reaches it through
// window.lodestoneShell (electron/preload.ts) and falls back to browser mechanisms when it
// is absent (renderer/src/platform/shell.ts). Inputs are validated here with zod in the main
// process: the renderer is not trusted with paths, only with names and bytes.
import { z } from 'zod';
import type { CommandId } from './commands';

/** The most the shell reads or writes in one file: a snapshot's limit (db/model/snapshot.ts), for CSV too. */
export const MAX_SHELL_FILE_BYTES = 256 * 1024 * 1024;

/** A file name offered for saving: a name only, never a path. */
const fileName = z
  .string()
  .trim()
  .min(1, 'A file name is required')
  .max(255, 'The file name is longer than 255 characters')
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'A file name may not contain / or \\');

const bytes = z
  .instanceof(Uint8Array, { message: 'bytes must be a Uint8Array' })
  .refine((b) => b.byteLength <= MAX_SHELL_FILE_BYTES, `The file is larger than ${MAX_SHELL_FILE_BYTES / 1024 / 1024} MiB`);

const none = z.object({}).strict().default({});

export const OPEN_KINDS = ['snapshot', 'csv'] as const;
export type OpenKind = (typeof OPEN_KINDS)[number];

export const shellInputs = {
  /** Asks where, creates an empty workspace there and switches to it (the window reloads). */
  'workspace.new': none,
  /** Asks which (or takes `path`, which must be on the recent list) and switches to it. */
  'workspace.open': z.object({ path: z.string().min(1).max(4096).optional() }).strict().default({}),
  /** Asks where, and writes a copy of the open workspace there (db/workspace-copy.ts). */
  'workspace.saveCopy': none,
  /** Recently opened workspaces that still exist, newest first. */
  'workspace.recent': none,
  /** Asks where (a native save dialog) and writes the bytes there. */
  'file.save': z.object({ name: fileName, bytes }).strict(),
  /** Asks which file(s) of a kind to open, and reads them. */
  'file.open': z.object({ kind: z.enum(OPEN_KINDS), multiple: z.boolean().default(false) }).strict(),
  /** The next snapshot file the operating system opened with Lodestone (argv, open-file), or null. */
  'file.takeOpened': none,
  'app.about': none,
} as const;

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RecentWorkspace {
  path: string;
  /** File name, with its folder when two recent files share a name. */
  label: string;
}

export interface ShellOutputs {
  'workspace.new': { opened: boolean };
  'workspace.open': { opened: boolean };
  'workspace.saveCopy': { saved: boolean; path: string | null };
  'workspace.recent': { files: RecentWorkspace[] };
  'file.save': { saved: boolean; path: string | null };
  'file.open': { files: OpenedFile[] };
  'file.takeOpened': { file: OpenedFile | null };
  'app.about': Record<string, never>;
}

export type ShellOpName = keyof typeof shellInputs;
export type ShellInput<N extends ShellOpName> = z.input<(typeof shellInputs)[N]>;
export type ShellParsedInput<N extends ShellOpName> = z.output<(typeof shellInputs)[N]>;
export type ShellOutput<N extends ShellOpName> = ShellOutputs[N];

export interface ShellError {
  code: 'validation' | 'not_found' | 'io' | 'internal';
  message: string;
}
export type ShellResult<N extends ShellOpName = ShellOpName> = { ok: true; value: ShellOutput<N> } | { ok: false; error: ShellError };

/** Main -> renderer. `command`: a menu item was chosen (the renderer runs it, after its unsaved-changes guard). */
export type ShellEvent =
  | { type: 'command'; id: CommandId }
  | { type: 'open-recent'; path: string }
  /** A snapshot file is waiting: take it with file.takeOpened. */
  | { type: 'file-opened' };

export function isShellOpName(name: unknown): name is ShellOpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(shellInputs, name);
}
