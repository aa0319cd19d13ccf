import { chromium } from '@playwright/test';
import { startBrowserHost } from '/work/main/server/host';
const host = await startBrowserHost({ dbPath: '/tmp/sample.db', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const errors: string[] = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(host.url);
await page.waitForFunction(() => (globalThis as any).document.body.dataset.ready === 'true');
const nav = page.getByRole('navigation', { name: 'Views' });
const names = await nav.getByRole('button').allTextContents();
console.log('views', names);
let i = 0;
for (let k = 0; k < names.length; k++) {
  await nav.getByRole("button").nth(k).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/sp/A-${i++}.png` });
}
console.log(errors.join('\n'));
await browser.close(); await host.close();
