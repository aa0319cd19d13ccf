// app://lodestone/ serves the built renderer (out/renderer) with the app's CSP. A custom
// standard, secure scheme gives the renderer a real origin (unlike file://) and lets the
// IPC sender check recognise it.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor } from '../server/static';
import { appFileFor } from './app-url';
import { APP_SCHEME } from './policy';

/** Must run before the app's ready event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Must run after ready. */
export function handleAppProtocol(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    const notFound = () => new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' } });
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = appFileFor(rendererDir, request.url);
    if (!file) return notFound();
    try {
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return notFound();
    }
  });
}
