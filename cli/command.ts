// What a command is, and what it gets to work with. One file per command in cli/commands/.
import type { Service } from '../db/service';
import type { Workspace } from '../db/workspace';
import type { OptionSpecs, OptionValues } from './args';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface Context {
  /** Options of the command and the global ones (db, json, help). */
  values: OptionValues;
  /** Arguments after the command name. */
  positionals: string[];
  json: boolean;
  io: Io;
  /** The workspace named by --db, opened (and created with the current schema) on first use. */
  workspace(): Workspace;
  /** The api.ts service over that workspace. */
  service(): Service;
  /** Prints a value as JSON on stdout (for --json). */
  printJson(value: unknown): void;
}

export interface Command {
  name: string;
  /** One line for `lodestone --help`. */
  summary: string;
  /** Arguments after the name, e.g. "--facilities F.csv [--flows G.csv]". */
  usage: string;
  options: OptionSpecs;
  /** Allowed number of positional arguments. */
  positionals: readonly [min: number, max: number];
  /** False for commands that use no workspace (then --db is not required). */
  needsWorkspace?: boolean;
  run(context: Context): void | Promise<void>;
}
