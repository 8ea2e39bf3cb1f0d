// Shared by `npm run bench`, `npm run seed` and `npm run web:profile`: build the web app with
// its developer pages, serve it with `vite preview`, and drive a page in Debian's Chromium.
// Port 4174 and out/bench keep clear of the end-to-end tests (4173, out/web).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
// BENCH_PORT / BENCH_OUT_DIR let a second copy run beside a long benchmark (e.g. a seed test).
export const OUT_DIR = resolve(ROOT, process.env.BENCH_OUT_DIR ?? 'out/bench');
export const PORT = Number(process.env.BENCH_PORT ?? 4174);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
const CONFIG = resolve(ROOT, 'vite.config.ts');

/** The same executable and flags as playwright.config.ts `chromiumLaunch` (a .mjs cannot import that .ts). */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Flags of the form --name value / --name=value / --flag. */
export function parseFlags(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) flags[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[name] = argv[(i += 1)];
    else flags[name] = true;
  }
  return flags;
}

/** `minify: false` keeps function names and the bundle's module comments for a CPU profile. */
export async function buildPages({ minify = true } = {}) {
  const started = Date.now();
  await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, minify } });
  console.log(`built the web app into ${OUT_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** `vite preview` of out/bench on 127.0.0.1:4174; resolves to a function that stops it. */
export async function servePages() {
  if (!existsSync(resolve(OUT_DIR, 'index.html'))) throw new Error('BENCH_NOT_BUILT: out/bench 不存在，请先构建');
  const server = await preview({ configFile: CONFIG, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false } });
  return () => server.close();
}

const PREFIX = '[taizhang] ';

/**
 * Opens `path` on the served app and waits, without a time limit, for the page's outcome
 * (renderer/src/dev/page-channel.ts); page lines go to the terminal as they come.
 */
export async function drivePage(page, path) {
  const errors = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(PREFIX)) console.log(`  ${text.slice(PREFIX.length)}`);
    else if (message.type() === 'error') errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/${path}`);
  const handle = await page.waitForFunction(() => globalThis.__taizhangOutcome, null, { timeout: 0, polling: 500 });
  const outcome = await handle.jsonValue();
  if (!outcome.ok) throw new Error(`${outcome.error}${errors.length ? `\npage errors:\n${errors.join('\n')}` : ''}`);
  return outcome.result;
}
