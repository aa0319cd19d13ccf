// The browser host: serves the built renderer and the api.ts operations over HTTP on
// 127.0.0.1 only, guarded by a per-launch token (see interfaces.md "Browser mode").
//
//   POST /api/<op-name>   body: the op input as JSON   header: x-lodestone-token
//   -> 200 with the OpResult JSON (application errors are {ok:false}, still 200)
//
// Every request is refused with 403 unless its Host header names this server
// (127.0.0.1:PORT or localhost:PORT: DNS rebinding) and any Origin header is this server's
// own origin (CSRF). The URL handed to the user carries the token in the fragment
// (`#token=...`) so that it never reaches a log, a Referer or the server's request line.
import { createReadStream, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { HTTP_API_PREFIX, TOKEN_HEADER, isOpName } from '../db/api';
import type { ErrorCode } from '../db/errors';
import { toErrorData } from '../db/errors';
import { createService } from '../db/service';
import { openWorkspace } from '../db/workspace';
import { SECURITY_HEADERS, isAllowedHost, isAllowedOrigin, isJsonContentType, newToken, tokensEqual } from './security';
import { contentTypeFor, resolveStaticPath } from './static';

/**
 * Largest request body accepted: a snapshot of the largest size accepted (256 MiB, posted as
 * base64: 342 MiB) with its JSON around it; a big CSV import fits comfortably.
 */
export const MAX_BODY_BYTES = 360 * 1024 * 1024;

/** The built renderer, relative to this file. */
// LODESTONE_RENDERER_DIR serves another build (engineers testing a build of their own
// while another runs the e2e suite on out/renderer).
export const DEFAULT_STATIC_DIR = process.env.LODESTONE_RENDERER_DIR || fileURLToPath(new URL('../out/renderer/', import.meta.url));

/** What the host needs from the core: one synchronous, never-throwing call. */
export interface CallBackend {
  call(name: string, input: unknown): unknown;
  close(): void;
}

export interface BrowserHostOptions {
  /** Workspace file; created with the current schema if missing. */
  dbPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** Folder of the built renderer; defaults to out/renderer. */
  staticDir?: string;
  /** For tests: replaces the workspace + service opened from dbPath. */
  backend?: CallBackend;
}

export interface BrowserHost {
  /** http://127.0.0.1:PORT/#token=TOKEN */
  url: string;
  token: string;
  port: number;
  /** Stops listening, drops open connections and closes the workspace. Idempotent. */
  close(): Promise<void>;
}

function openBackend(dbPath: string): CallBackend {
  const ws = openWorkspace(dbPath);
  try {
    const service = createService(ws);
    return { call: (name, input) => service.call(name, input), close: () => ws.close() };
  } catch (error) {
    ws.close();
    throw error;
  }
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The browser host listens on 127.0.0.1 only');
  const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
  const token = newToken();
  const backend = options.backend ?? openBackend(options.dbPath);
  let port = 0; // known once listening; no request is served before that

  const server = http.createServer({ requestTimeout: 10 * 60_000 }, (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    try {
      handle(req, res);
    } catch (error) {
      if (!res.headersSent) sendJsonError(res, 500, 'internal', toErrorData(error).message);
      else res.destroy();
    }
  });

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!isAllowedHost(req.headers.host, port)) return sendText(res, 403, 'Forbidden: unexpected Host header');
    if (!isAllowedOrigin(req.headers.origin, port)) return sendText(res, 403, 'Forbidden: foreign Origin');

    const rawUrl = req.url ?? '';
    if (!rawUrl.startsWith('/')) return sendText(res, 404, 'Not found');
    const pathname = rawUrl.split(/[?#]/, 1)[0]!;

    if (pathname.startsWith(HTTP_API_PREFIX)) return handleApi(req, res, pathname.slice(HTTP_API_PREFIX.length));
    return handleStatic(req, res, pathname);
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, rawName: string): void {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJsonError(res, 405, 'validation', 'Use POST for API calls');
    }
    if (!tokensEqual(token, req.headers[TOKEN_HEADER])) {
      return sendJsonError(res, 401, 'validation', 'Missing or wrong token: open Lodestone from the URL it printed');
    }
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      name = rawName;
    }
    if (!isOpName(name)) return sendJsonError(res, 404, 'not_found', `Unknown operation "${name}"`);
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendJsonError(res, 415, 'validation', 'API calls need Content-Type: application/json');
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return tooLarge(res);

    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        chunks.length = 0;
        tooLarge(res);
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (refused || res.writableEnded) return;
      const text = Buffer.concat(chunks).toString('utf8');
      let input: unknown;
      if (text.trim() !== '') {
        try {
          input = JSON.parse(text);
        } catch {
          return sendJsonError(res, 400, 'validation', 'The request body is not valid JSON');
        }
      }
      let result: unknown;
      try {
        result = backend.call(name, input);
      } catch (error) {
        // service.call never throws by contract; keep the host alive if it ever does.
        result = { ok: false, error: toErrorData(error) };
      }
      sendJson(res, 200, result);
    });
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const file = resolveStaticPath(staticDir, pathname);
    if (!file && pathname === '/favicon.ico') {
      // Browsers ask for it unprompted; without an icon in the build, answer "nothing" rather
      // than a 404 that shows up as a console error.
      res.statusCode = 204;
      return void res.end();
    }
    if (!file) {
      const hint = existsSync(staticDir) ? '' : ' (the renderer is not built: run npm run build:web)';
      return sendText(res, 404, `Not found${hint}`);
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', contentTypeFor(file));
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => {
      try {
        backend.close();
      } finally {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }).finally(() => backend.close());
    return closing;
  };

  return { url: `http://127.0.0.1:${port}/#token=${token}`, token, port, close };
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Refusals of the API carry an OpResult-shaped body so clients can show the message. */
function sendJsonError(res: http.ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function tooLarge(res: http.ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendJsonError(res, 413, 'validation', `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`);
}
