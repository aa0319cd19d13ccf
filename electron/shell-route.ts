// The shell channel's routing decision, without Electron: who may call, input validated
// with the op's zod schema, errors returned as data (never thrown across IPC).
import { isShellOpName, shellInputs, type ShellError, type ShellOpName, type ShellOutput, type ShellParsedInput, type ShellResult } from './shell-contract';
import { UntrustedSenderError } from './route';

export type ShellHost = { [N in ShellOpName]: (input: ShellParsedInput<N>) => Promise<ShellOutput<N>> };

/** Thrown by a host to answer with a specific error code. */
export class ShellFailure extends Error {
  override readonly name = 'ShellFailure';
  constructor(
    readonly code: ShellError['code'],
    message: string,
  ) {
    super(message);
  }
}

export async function routeShell(host: ShellHost, trusted: boolean, name: unknown, input: unknown): Promise<ShellResult> {
  if (!trusted) throw new UntrustedSenderError();
  if (!isShellOpName(name)) return { ok: false, error: { code: 'not_found', message: `Unknown shell operation "${String(name).slice(0, 100)}"` } };
  const parsed = shellInputs[name].safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: { code: 'validation', message: `${where}${issue?.message ?? 'invalid input'}` } };
  }
  try {
    const handler = host[name] as (value: unknown) => Promise<ShellOutput<ShellOpName>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ShellFailure) return { ok: false, error: { code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}
