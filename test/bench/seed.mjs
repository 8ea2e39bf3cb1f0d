// `npm run seed [-- --count N] [-- --no-build]`: builds and serves the web app on 127.0.0.1:4174,
// opens seed.html in the persistent Chromium profile `.profile/` and lets it fill the app's own
// store with N sample records (default 100,000, mostly mediation cases). `npm run web:profile`
// then opens the app on that profile and origin, so it sees the data.
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { buildPages, chromiumLaunch, drivePage, parseFlags, ROOT, servePages } from './driver.mjs';

const flags = parseFlags(process.argv.slice(2));
const count = flags.count === undefined ? 100_000 : Number(flags.count);
if (!Number.isInteger(count) || count < 1) {
  console.error(`SEED_COUNT_INVALID: --count 应为正整数（收到 ${String(flags.count)}）`);
  process.exit(1);
}
console.log(`seed: ${count.toLocaleString('en-US')} sample records into .profile/ (a few hundred records/s at best on a 2-core machine: 100k takes many minutes)`);

if (flags['no-build'] !== true) await buildPages();
const stopServer = await servePages();
const profile = resolve(ROOT, '.profile');
let exitCode = 0;
let context;
try {
  context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  const result = await drivePage(page, `seed.html?count=${count}`);
  console.log(`\nseeded in ${(result.ms / 1000).toFixed(0)} s for township ${result.townshipId}; the profile now holds:`);
  for (const [kind, total] of Object.entries(result.totals)) console.log(`  ${kind.padEnd(16)} ${String(total).padStart(8)}`);
  console.log('\nOpen the app on this profile with:  npm run web:profile');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('(this machine has no display: web:profile needs one to show Chromium)');
  }
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await context?.close();
  await stopServer();
}
process.exit(exitCode);
