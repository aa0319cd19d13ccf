// The one way the renderer talks to the workspace: `invoke(op, input)`.
// Desktop: the Electron preload exposes `window.lodestone.invoke`. Browser mode: the
// host serves the same operations over HTTP on 127.0.0.1, guarded by a per-launch token
// that arrives in the address bar's fragment (#token=...).
import { HTTP_API_PREFIX, TOKEN_HEADER, type OpInput, type OpName, type OpOutput, type OpResult } from '../../../db/api';
import type { ErrorCode, FieldIssue, LodestoneErrorData } from '../../../db/errors';

export interface LodestoneBridge {
  invoke(name: string, input: unknown): Promise<OpResult<OpName>>;
}

declare global {
  interface Window {
    lodestone?: LodestoneBridge;
  }
}

/** An operation failed; carries the host's error data (code, message, field issues). */
export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly op: string;
  constructor(data: LodestoneErrorData, op = '') {
    super(data.message);
    this.name = 'ClientError';
    this.code = data.code;
    this.issues = data.issues ?? [];
    this.op = op;
  }
  get data(): LodestoneErrorData {
    return { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) };
  }
}

const TOKEN_KEY = 'lodestone.token';
let cachedToken: string | null = null;

/** Pulls `token=...` out of a location fragment; returns it and the fragment left without it. */
export function takeTokenFromHash(hash: string): { token: string | null; rest: string } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return { token: null, rest: '' };
  const params = new URLSearchParams(raw);
  const token = params.get('token');
  if (token === null) return { token: null, rest: hash };
  params.delete('token');
  const left = params.toString();
  return { token: token || null, rest: left ? `#${left}` : '' };
}

/**
 * Reads the browser-mode token from the address bar (first load) or session storage
 * (reloads), and removes it from the address bar so it is not copied or bookmarked.
 */
export function initToken(): string | null {
  if (typeof window === 'undefined') return null;
  const { token, rest } = takeTokenFromHash(window.location.hash);
  if (token) {
    cachedToken = token;
    try {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // storage may be disabled; the in-memory copy still works for this page
    }
    const url = window.location.pathname + window.location.search + rest;
    window.history.replaceState(window.history.state, '', url);
    return token;
  }
  if (cachedToken) return cachedToken;
  try {
    cachedToken = window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    cachedToken = null;
  }
  return cachedToken;
}

export function isDesktop(): boolean {
  return typeof window !== 'undefined' && typeof window.lodestone?.invoke === 'function';
}

function unwrap<N extends OpName>(name: N, result: unknown): OpOutput<N> {
  if (result && typeof result === 'object' && 'ok' in result) {
    const r = result as OpResult<N>;
    if (r.ok) return r.value;
    const err = r.error ?? { code: 'internal', message: 'The operation failed' };
    throw new ClientError(
      { code: err.code ?? 'internal', message: err.message || 'The operation failed', issues: err.issues ?? [] },
      name,
    );
  }
  throw new ClientError({ code: 'internal', message: `Unexpected answer from the host for ${name}` }, name);
}

async function httpInvoke<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const token = initToken();
  if (!token) {
    throw new ClientError(
      {
        code: 'io',
        message: 'This page has no access token. Open Lodestone from the link the host printed when it started.',
      },
      name,
    );
  }
  let response: Response;
  try {
    response = await fetch(HTTP_API_PREFIX + name, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ClientError(
      { code: 'io', message: 'Cannot reach the Lodestone host. Is it still running?' },
      name,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (response.status === 401 || response.status === 403) {
      throw new ClientError(
        { code: 'io', message: 'The host refused this page’s access token. Reopen Lodestone from the link the host printed.' },
        name,
      );
    }
    throw new ClientError({ code: 'io', message: `The host answered ${response.status} ${response.statusText}`.trim() }, name);
  }
  return unwrap(name, body);
}

/** Calls one api.ts operation; resolves with its output or throws a ClientError. */
export async function invoke<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const bridge = typeof window !== 'undefined' ? window.lodestone : undefined;
  if (bridge && typeof bridge.invoke === 'function') {
    let result: unknown;
    try {
      result = await bridge.invoke(name, input ?? {});
    } catch (error) {
      throw new ClientError(
        { code: 'internal', message: error instanceof Error ? error.message : String(error) },
        name,
      );
    }
    return unwrap(name, result);
  }
  return httpInvoke(name, input);
}

/** Any thrown value as error data, for messages. */
export function errorData(error: unknown): LodestoneErrorData {
  if (error instanceof ClientError) return error.data;
  if (error instanceof Error) return { code: 'internal', message: error.message };
  return { code: 'internal', message: String(error) };
}
