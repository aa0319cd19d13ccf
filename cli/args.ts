// A tiny argument parser: `--name value`, `--name=value`, boolean `--flag`, `-h`, and `--`
// before positionals that start with a dash. Enough for every command; no framework.

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Shown in help, e.g. FILE. */
  value?: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValues = Record<string, string | boolean | undefined>;

export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
}

/** Wrong use of the command line (exit status 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const SHORT: Readonly<Record<string, string>> = { h: 'help' };

/** Splits an option token into its name and inline value. */
function optionToken(token: string): { name: string; inline: string | undefined } | undefined {
  if (token === '-' || !token.startsWith('-')) return undefined;
  if (!token.startsWith('--')) return { name: SHORT[token.slice(1)] ?? token.slice(1), inline: undefined };
  const eq = token.indexOf('=');
  return eq < 0 ? { name: token.slice(2), inline: undefined } : { name: token.slice(2, eq), inline: token.slice(eq + 1) };
}

/**
 * Index of the first positional argument (the command name), skipping options and the
 * values of options known to take one; -1 if there is none.
 */
export function findCommand(argv: readonly string[], takesValue: (name: string) => boolean): number {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return i + 1 < argv.length ? i + 1 : -1;
    const option = optionToken(token);
    if (!option) return i;
    if (option.inline === undefined && takesValue(option.name)) i++;
  }
  return -1;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs, context: string): ParsedArgs {
  const values: OptionValues = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const option = optionToken(token);
    if (!option) {
      positionals.push(token);
      continue;
    }
    const spec = Object.prototype.hasOwnProperty.call(specs, option.name) ? specs[option.name] : undefined;
    if (!spec) throw new UsageError(`Unknown option ${token.split('=')[0]} for ${context}; see lodestone --help`);
    if (values[option.name] !== undefined) throw new UsageError(`Option --${option.name} is given twice`);
    if (spec.type === 'boolean') {
      if (option.inline !== undefined) throw new UsageError(`Option --${option.name} takes no value`);
      values[option.name] = true;
    } else {
      const value = option.inline ?? argv[++i];
      if (value === undefined || (option.inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`Option --${option.name} needs a value (${spec.value ?? 'VALUE'})`);
      }
      values[option.name] = value;
    }
  }
  return { values, positionals };
}

/** Help lines for options: "  --db FILE   the workspace file". */
export function describeOptions(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([name, spec]) => [`--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`, spec.description]);
  const width = Math.max(0, ...rows.map(([left]) => left!.length));
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`);
}
