// The `lodestone` command line (bin/lodestone.mjs runs this through tsx). Contract in
// shared interfaces.md: every command takes --db FILE (created with the current schema if
// missing); exit 0 on success; on any error a non-zero status and ONE line on stderr naming
// the problem; the workspace is unchanged after a failed command (writes are single
// transactions, and a workspace file this command created is removed again).
import fs from 'node:fs';
import { LodestoneError } from '../db/errors';
import { createService, type Service } from '../db/service';
import { openWorkspace, type Workspace } from '../db/workspace';
import { describeOptions, findCommand, parseArgs, UsageError, type OptionSpecs } from './args';
import type { Command, Context, Io } from './command';
import { COMMANDS } from './commands';

export const GLOBAL_OPTIONS: OptionSpecs = {
  db: { type: 'string', value: 'FILE', description: 'the workspace (SQLite file); created if missing' },
  json: { type: 'boolean', description: 'print machine-readable JSON on stdout' },
  help: { type: 'boolean', description: 'show help' },
};

const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function findByName(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function help(command?: Command): string {
  if (command) {
    return [
      `Usage: lodestone --db FILE ${command.name}${command.usage ? ` ${command.usage}` : ''} [--json]`,
      '',
      command.summary,
      '',
      'Options:',
      ...describeOptions({ ...command.options, ...GLOBAL_OPTIONS }),
    ].join('\n');
  }
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: lodestone --db FILE <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    ...describeOptions(GLOBAL_OPTIONS),
    '',
    'lodestone <command> --help shows the options of one command.',
  ].join('\n');
}

/** Messages on one line: stderr carries exactly one line per failure. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Runs the CLI with these arguments; returns the exit status (0 ok, 1 failed, 2 usage). */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let ws: Workspace | undefined;
  let createdFile: string | undefined;
  let failed = false;
  try {
    const takesValue = (name: string) =>
      GLOBAL_OPTIONS[name]?.type === 'string' || COMMANDS.some((c) => c.options[name]?.type === 'string');
    const at = findCommand(argv, takesValue);
    const name = at < 0 ? undefined : argv[at]!;
    const command = name === undefined ? undefined : findByName(name);
    const rest = at < 0 ? [...argv] : [...argv.slice(0, at), ...argv.slice(at + 1)];
    if (name !== undefined && !command) throw new UsageError(`Unknown command "${name}"; see lodestone --help`);
    const { values, positionals } = parseArgs(rest, { ...command?.options, ...GLOBAL_OPTIONS }, command ? `"${command.name}"` : 'lodestone');
    if (values.help || !command) {
      if (!values.help) throw new UsageError('No command given; see lodestone --help');
      io.out(help(command));
      return 0;
    }
    const [min, max] = command.positionals;
    if (positionals.length < min || positionals.length > max) {
      const what = positionals.length > max ? `unexpected argument "${positionals[max]}"` : 'missing argument';
      throw new UsageError(`${command.name}: ${what}; usage: lodestone --db FILE ${command.name} ${command.usage}`);
    }
    const db = values.db;
    if (command.needsWorkspace !== false && typeof db !== 'string') {
      throw new UsageError(`${command.name} needs --db FILE (the workspace file)`);
    }
    let service: Service | undefined;
    const workspace = (): Workspace => {
      if (!ws) {
        const file = db as string;
        const existed = fs.existsSync(file);
        ws = openWorkspace(file);
        if (!existed) createdFile = file;
      }
      return ws;
    };
    const context: Context = {
      values,
      positionals,
      json: values.json === true,
      io,
      workspace,
      service: () => (service ??= createService(workspace())),
      printJson: (value) => io.out(JSON.stringify(value, null, 2)),
    };
    await command.run(context);
    return 0;
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    const known = error instanceof LodestoneError || error instanceof UsageError;
    io.err(`lodestone: ${oneLine(known ? message : `internal error: ${message}`)}`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    try {
      ws?.close();
    } catch {
      // closing is best effort; the error that matters was reported
    }
    // A failed command leaves no new workspace file behind.
    if (failed && createdFile) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${createdFile}${suffix}`, { force: true });
    }
  }
}
