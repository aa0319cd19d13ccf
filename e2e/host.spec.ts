// The browser host at the HTTP level: what the printed URL serves and what the API refuses.
import { HTTP_API_PREFIX, TOKEN_HEADER } from '../db/api';
import { expect, test } from './fixtures';

function parts(url: string): { origin: string; token: string } {
  const u = new URL(url);
  const token = new URLSearchParams(u.hash.slice(1)).get('token') ?? '';
  return { origin: u.origin, token };
}

test('the printed URL is on 127.0.0.1 with the token in the fragment, and serves the app', async ({ host, request }) => {
  expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
  const response = await request.get(host.url); // the fragment stays on the client
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const html = await response.text();
  expect(html).toMatch(/<script type="module"[^>]* src="\.\/assets\/[^"]+\.js"/);
});

test('an API call without the token is refused; with it, it answers an OpResult', async ({ host, request }) => {
  const { origin, token } = parts(host.url);
  const url = `${origin}${HTTP_API_PREFIX}workspace.info`;

  const without = await request.post(url, { data: {} });
  expect(without.status()).toBe(401);

  const wrong = await request.post(url, { data: {}, headers: { [TOKEN_HEADER]: 'f'.repeat(64) } });
  expect(wrong.status()).toBe(401);

  const withToken = await request.post(url, { data: {}, headers: { [TOKEN_HEADER]: token } });
  expect(withToken.status()).toBe(200);
  expect(withToken.headers()['cache-control']).toBe('no-store');
  const result = await withToken.json();
  expect(result).toMatchObject({ ok: true, value: { path: host.dbPath } });
});

test('a foreign Origin is refused even with the token', async ({ host, request }) => {
  const { origin, token } = parts(host.url);
  const url = `${origin}${HTTP_API_PREFIX}workspace.info`;
  const foreign = await request.post(url, { data: {}, headers: { [TOKEN_HEADER]: token, origin: 'http://evil.example' } });
  expect(foreign.status()).toBe(403);
  const own = await request.post(url, { data: {}, headers: { [TOKEN_HEADER]: token, origin } });
  expect(own.status()).toBe(200);
});

test('restart keeps the workspace and issues a new token', async ({ host, request }) => {
  const before = parts(host.url);
  const create = await request.post(`${before.origin}${HTTP_API_PREFIX}materials.create`, {
    data: { name: 'NdFeB magnet', form: 'magnet' },
    headers: { [TOKEN_HEADER]: before.token },
  });
  expect(await create.json()).toMatchObject({ ok: true });

  await host.restart();
  const after = parts(host.url);
  expect(after.token).not.toBe(before.token);

  const list = await request.post(`${after.origin}${HTTP_API_PREFIX}materials.list`, {
    data: {},
    headers: { [TOKEN_HEADER]: after.token },
  });
  expect(await list.json()).toMatchObject({ ok: true, value: [{ name: 'NdFeB magnet' }] });

  if (after.origin === before.origin) {
    // same port by chance: the old token must still be refused
    const stale = await request.post(`${after.origin}${HTTP_API_PREFIX}materials.list`, { data: {}, headers: { [TOKEN_HEADER]: before.token } });
    expect(stale.status()).toBe(401);
  }
});
