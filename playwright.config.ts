// End-to-end tests: the browser mode in Debian's Chromium, and the desktop app through
// Playwright's _electron where an Electron binary exists (e2e/electron.spec.ts).
// No webServer: every test starts its own browser host on its own temporary workspace
// (see e2e/fixtures.ts), so tests never share state. `npm run test:e2e` builds the
// renderer first (npm run build:web).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.config';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    headless: true,
    launchOptions: {
      // Never `npx playwright install`: tests use the system Chromium.
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
