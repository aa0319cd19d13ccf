// One error type crosses every boundary (IPC, HTTP, CLI) as plain data.
import type { z } from 'zod';

export type ErrorCode =
  | 'validation' // input broke a rule; `issues` name the fields
  | 'not_found'
  | 'conflict' // the record changed since the caller read it, or the operation does not fit the state
  | 'constraint' // the write would break integrity (e.g. deleting a material still in use)
  | 'schema' // the workspace file is from a newer version or not a workspace
  | 'io'
  | 'internal';

export interface FieldIssue {
  /** Dotted field path, e.g. "country" or "changes.lat"; "" for the whole input. */
  path: string;
  message: string;
  /** 1-based line of a file being imported, when the issue comes from one. */
  line?: number;
}

export interface LodestoneErrorData {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class LodestoneError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'LodestoneError';
    this.code = code;
    this.issues = issues;
  }
  toData(): LodestoneErrorData {
    return { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) };
  }
}

export function issuesFromZod(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** A validation error whose message names the first field, e.g. "country: Country must be ...". */
export function validationError(issues: FieldIssue[], context?: string): LodestoneError {
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const message = `${context ? `${context}: ` : ''}${where}${first?.message ?? 'invalid input'}${more}`;
  return new LodestoneError('validation', message, issues);
}

export function toErrorData(error: unknown): LodestoneErrorData {
  if (error instanceof LodestoneError) return error.toData();
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      return { code: 'conflict', message: 'The workspace is busy in another program; try again in a moment' };
    }
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A parser's message about bad input, fit for a one-line refusal: V8's JSON.parse quotes the
 * text around the fault, line breaks and other control characters included.
 */
export function parseErrorDetail(error: unknown, max = 120): string {
  return String((error as Error | null)?.message ?? error)
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .slice(0, max);
}
