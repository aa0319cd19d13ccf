import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_API_PREFIX, TOKEN_HEADER } from '../db/api';
import { openWorkspace } from '../db/workspace';
import { MAX_BODY_BYTES, startBrowserHost, type BrowserHost } from './host';
import { CONTENT_SECURITY_POLICY } from './security';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so that Host, Origin and bodies are exactly what the test says. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer; chunks?: Iterable<Buffer> },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${port}`, ...options.headers };
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The server may answer (413) and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (options.chunks) {
      const iterator = options.chunks[Symbol.iterator]();
      const pump = (): void => {
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
          if (req.destroyed) return;
          if (!req.write(next.value)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    } else {
      req.end(options.body);
    }
  });
}

/** Whether a TCP connection to address:port is accepted (false on any refusal or error). */
function connects(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 2_000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

describe('browser host', () => {
  let tmp: string;
  let host: BrowserHost;
  let dbPath: string;

  const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    send(host.port, {
      method: 'POST',
      path: `${HTTP_API_PREFIX}${name}`,
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
      body: body === undefined ? '' : JSON.stringify(body),
    });

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'lodestone-host-'));
    const staticDir = path.join(tmp, 'renderer');
    mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Lodestone</title>');
    writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'export {};');
    writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(path.join(tmp, 'secret.txt'), 'top secret');
    dbPath = path.join(tmp, 'workspace.db');
    host = await startBrowserHost({ dbPath, port: 0, host: '127.0.0.1', staticDir });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with the token in the URL fragment', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(existsSync(dbPath)).toBe(true);
  });

  it('refuses to listen anywhere but 127.0.0.1', async () => {
    await expect(startBrowserHost({ dbPath, host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('cannot be reached on any other address of the machine, loopback or not', async () => {
    const others = ['127.0.0.2', '::1', ...Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).filter((i) => !i.internal).map((i) => i.address))];
    expect(await connects('127.0.0.1', host.port)).toBe(true);
    for (const address of others) expect(await connects(address, host.port), address).toBe(false);
  });

  describe('API', () => {
    it('answers an op with its OpResult (round trip through the workspace)', async () => {
      const info = await api('workspace.info', {});
      expect(info.status).toBe(200);
      expect(info.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(info.headers['cache-control']).toBe('no-store');
      const result = JSON.parse(info.body);
      expect(result.ok).toBe(true);
      expect(result.value.counts).toEqual({ materials: 0, facilities: 0, flows: 0, sources: 0 });

      const created = JSON.parse((await api('materials.create', { name: 'NdPr oxide', form: 'oxide' })).body);
      expect(created.ok, JSON.stringify(created)).toBe(true);
      const listed = JSON.parse((await api('materials.list', undefined)).body);
      expect(listed).toMatchObject({ ok: true, value: [{ name: 'NdPr oxide' }] });
    });

    it('returns application errors as ok:false with status 200', async () => {
      const reply = await api('facilities.create', { name: '' });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    });

    it('401 without the token or with a wrong one', async () => {
      const none = await send(host.port, { method: 'POST', path: `${HTTP_API_PREFIX}workspace.info`, headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(none.status).toBe(401);
      expect(JSON.parse(none.body)).toMatchObject({ ok: false });
      const wrong = await api('workspace.info', {}, { [TOKEN_HEADER]: '0'.repeat(64) });
      expect(wrong.status).toBe(401);
      const prefix = await api('workspace.info', {}, { [TOKEN_HEADER]: host.token.slice(0, 10) });
      expect(prefix.status).toBe(401);
      const inQuery = await send(host.port, {
        method: 'POST',
        path: `${HTTP_API_PREFIX}workspace.info?token=${host.token}`,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(inQuery.status).toBe(401);
    });

    it('403 for a foreign Host header (DNS rebinding), even with the token', async () => {
      for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
        const reply = await api('workspace.info', {}, { host: h });
        expect(reply.status, h).toBe(403);
      }
      expect((await api('workspace.info', {}, { host: `localhost:${host.port}` })).status).toBe(200);
    });

    it('403 for a foreign Origin (CSRF), even with the token', async () => {
      for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
        const reply = await api('workspace.info', {}, { origin });
        expect(reply.status, origin).toBe(403);
      }
      expect((await api('workspace.info', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
      expect((await api('workspace.info', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
    });

    it('404 for an unknown op', async () => {
      for (const name of ['nope', 'workspace.info/extra', '__proto__', 'constructor', 'toString', '']) {
        const reply = await api(name, {});
        expect(reply.status, name).toBe(404);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      }
    });

    it('405 for anything but POST', async () => {
      for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
        const reply = await send(host.port, { method, path: `${HTTP_API_PREFIX}workspace.info`, headers: { [TOKEN_HEADER]: host.token } });
        expect(reply.status, method).toBe(405);
        expect(reply.headers.allow).toBe('POST');
      }
    });

    it('415 for a body that is not declared JSON', async () => {
      for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const reply = await api('workspace.info', {}, { 'content-type': ct });
        expect(reply.status, ct).toBe(415);
      }
      const missing = await send(host.port, { method: 'POST', path: `${HTTP_API_PREFIX}workspace.info`, headers: { [TOKEN_HEADER]: host.token }, body: '{}' });
      expect(missing.status).toBe(415);
      expect((await api('workspace.info', {}, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    });

    it('400 for malformed JSON', async () => {
      const reply = await send(host.port, {
        method: 'POST',
        path: `${HTTP_API_PREFIX}workspace.info`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: '{"unterminated',
      });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    });

    it('413 for a body over 64 MiB, declared or streamed', async () => {
      const declared = await send(host.port, {
        method: 'POST',
        path: `${HTTP_API_PREFIX}csv.import`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, 'content-length': MAX_BODY_BYTES + 1 },
      });
      expect(declared.status).toBe(413);

      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const chunks = function* () {
        for (let i = 0; i <= MAX_BODY_BYTES / chunk.length; i++) yield chunk;
      };
      const streamed = await send(host.port, {
        method: 'POST',
        path: `${HTTP_API_PREFIX}csv.import`,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, 'transfer-encoding': 'chunked' },
        chunks: chunks(),
      });
      expect(streamed.status).toBe(413);

      // the host still works afterwards
      expect((await api('workspace.info', {})).status).toBe(200);
    });
  });

  describe('static files', () => {
    it('serves index.html for / with the security headers', async () => {
      const reply = await send(host.port, { path: '/' });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('<title>Lodestone</title>');
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    });

    it('serves assets with their content types, and HEAD without a body', async () => {
      const js = await send(host.port, { path: '/assets/app.js?v=1' });
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      const css = await send(host.port, { path: '/assets/app.css' });
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      const head = await send(host.port, { method: 'HEAD', path: '/index.html' });
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
    });

    it('404 for missing files and for any path escaping the folder', async () => {
      for (const p of ['/missing.js', '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets\\..\\..\\secret.txt', '/index.html%00', '/%']) {
        const reply = await send(host.port, { path: p });
        expect(reply.status, p).toBe(404);
        expect(reply.body).not.toContain('top secret');
        expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      }
    });

    it('answers 204 for a favicon the build does not have', async () => {
      const reply = await send(host.port, { path: '/favicon.ico' });
      expect(reply.status).toBe(204);
    });

    it('405 for writes to static paths', async () => {
      const reply = await send(host.port, { method: 'POST', path: '/index.html', body: '' });
      expect(reply.status).toBe(405);
    });

    it('applies the Host check to static files too', async () => {
      const reply = await send(host.port, { path: '/', headers: { host: 'attacker.example' } });
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain('Lodestone');
    });
  });

  it('closes the workspace on close(): a second host can then open the same file', async () => {
    const other = await startBrowserHost({ dbPath: path.join(tmp, 'second.db'), staticDir: tmp });
    await other.close();
    await other.close(); // idempotent
    const ws = openWorkspace(path.join(tmp, 'second.db'));
    ws.close();
    expect(existsSync(path.join(tmp, 'second.db-wal'))).toBe(false);
  });
});
