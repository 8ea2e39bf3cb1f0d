import { defineConfig } from '@playwright/test';
import { SYNC_SERVER_URL, syncServerEnv } from './test/e2e/sync-server';

// Another checkout on the same machine picks its own ports (TAIZHANG_E2E_WEB_PORT, TAIZHANG_E2E_SYNC_PORT).
const webPort = Number(process.env.TAIZHANG_E2E_WEB_PORT ?? 4173);

// Debian's Chromium; never a downloaded browser (the machines here cannot download one).
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // A test walks several forms; on a busy 2-core machine one can take over a minute.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${webPort}/`,
    headless: true,
    launchOptions: chromiumLaunch,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --port ${webPort} --strictPort`,
      url: `http://127.0.0.1:${webPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The county server for sync.spec.ts: PGlite in a fresh temporary folder per run, never reused —
      // never the PostgreSQL of DATABASE_URL (.ci/run exports it for the contract suite), whose data
      // outlives the run: a second run's township PC would pull the first run's cases.
      command: 'npx tsx server/main.ts',
      url: `${SYNC_SERVER_URL}/health`,
      env: syncServerEnv(),
      reuseExistingServer: false,
      timeout: 90_000,
    },
  ],
});
