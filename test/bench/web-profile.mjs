// `npm run web:profile`: serves the built app on 127.0.0.1:4174 and opens it in a visible Chromium
// with the `.profile/` that `npm run seed` filled, so the app shows the seeded records. Stops when
// the browser window is closed (or on Ctrl+C).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { buildPages, chromiumLaunch, OUT_DIR, ORIGIN, parseFlags, ROOT, servePages } from './driver.mjs';

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('WEB_PROFILE_NO_DISPLAY: 这台机器没有图形显示（DISPLAY 未设置），无法打开可见的 Chromium。'
    + '\nOn a machine with a desktop run `npm run web:profile`; with Xvfb installed (apt-get install xvfb), `xvfb-run npm run web:profile` runs without a screen.');
  process.exit(1);
}
const flags = parseFlags(process.argv.slice(2));
if (flags['no-build'] !== true || !existsSync(resolve(OUT_DIR, 'index.html'))) await buildPages();
const stopServer = await servePages();
const context = await chromium.launchPersistentContext(resolve(ROOT, '.profile'), { ...chromiumLaunch, headless: false, viewport: null });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${ORIGIN}/`);
console.log(`the app is open at ${ORIGIN}/ on .profile/ — close the browser window to stop`);
const stop = async () => {
  await context.close().catch(() => undefined);
  await stopServer();
  process.exit(0);
};
context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
