// Nothing leaves the machine: while a person goes through every view on the sample
// workspace, every request the page (and its workers) makes is recorded three ways, and
// each must be for the browser host on 127.0.0.1 or a local data:/blob: URL. No CDN, web
// font, map tile or telemetry call. Anything else is aborted before it goes out, so a
// failure here never depends on whether the test machine has a network.
//
// The page's CSP (connect-src 'self', ...) would refuse most outside requests before they
// are made, and then nothing would be recorded. It is bypassed here, so the test sees what
// the app tries to load, not only what the CSP lets through; host.spec.ts checks the CSP.
import { HTTP_API_PREFIX } from '../db/api';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { LodestoneApp } from './pages/app';
import { visitEveryView } from './pages/tour';

function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return u.protocol === 'http:' && u.hostname === '127.0.0.1';
}

test.use({ bypassCSP: true });

test('no request leaves 127.0.0.1 while every view is used', async ({ page, context, host, request }) => {
  const hostOrigin = new URL(host.url).origin;
  const seen = { event: [] as string[], routed: [] as string[], cdp: [] as string[] };

  context.on('request', (r) => seen.event.push(r.url()));
  page.on('websocket', (ws) => seen.event.push(ws.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    seen.routed.push(url);
    await (isLocal(url) ? route.continue() : route.abort('blockedbyclient'));
  });
  // The DevTools protocol also sees what routing may not: preloads, beacons, pings.
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => seen.cdp.push(e.request.url));
  cdp.on('Network.webSocketCreated', (e) => seen.cdp.push(e.url));
  await cdp.send('Network.enable');

  await callApi(request, host.url, 'workspace.loadSample', {});
  const app = new LodestoneApp(page);
  await app.open(host);

  // The recorders catch a request that does go out (aborted by the route): a canary.
  const probe = 'https://cdn.example.invalid/probe.js';
  await page.evaluate((url) => fetch(url).catch(() => null), probe);
  for (const list of [seen.event, seen.routed, seen.cdp]) expect(list).toContain(probe);
  for (const list of [seen.event, seen.routed, seen.cdp]) list.length = 0;

  const stops = await visitEveryView(app, async () => {});
  expect(stops.length).toBeGreaterThanOrEqual(17);

  // The recorders saw the app's own traffic during the walk: its scripts and its API calls.
  for (const list of [seen.event, seen.routed, seen.cdp]) {
    expect(list.some((url) => url.startsWith(`${hostOrigin}/assets/`))).toBe(true);
    expect(list.some((url) => url.startsWith(`${hostOrigin}${HTTP_API_PREFIX}`))).toBe(true);
  }
  const outside = [...seen.event, ...seen.routed, ...seen.cdp].filter((url) => !isLocal(url));
  expect([...new Set(outside)]).toEqual([]);
});
