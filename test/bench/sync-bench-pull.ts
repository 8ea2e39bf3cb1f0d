// (a) A county device's initial pull, in Debian Chromium with real IndexedDB: the app's own sync
// (openStore + createSyncClient) against raw page downloads + Dexie bulkPut of the same JSON.
// Builds test/bench/sync-pull.html with Vite, serves it and the county server on one origin
// (so the page needs no CORS), and drives it with Playwright.
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { issueEnrollmentCode } from '../../server/auth/devices';
import { recordValidators } from '../../scripts/vite-plugin-record-validators';
import { summariseProfile, type CpuProfile } from './cpu-profile-summary';
import { enrollDevice, type BenchServer } from './sync-bench-server';

export interface PullResult {
  docs: number;
  rawMs: number;
  replicationMs: number;
  /** From the same start until the search index is built too (a long first pull builds it after). */
  indexMs: number;
  /** The rows the pull left, written again straight into IndexedDB (sync-pull-page.mjs `pullFloor`). */
  floorMs: number;
  replicationLabel: string;
  environment: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, 'out/bench-sync');
const PROFILE_DIR = resolve(ROOT, '.bench');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const pullEnvironment = (): string => `(a) runs in Chromium (${chromiumPath}, headless, real IndexedDB)`;

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/** Static files of the built page, /bench-config, and everything else passed to the county server. */
function servePage(bench: BenchServer, config: unknown): Promise<Server> {
  const target = new URL(bench.url);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/bench-config') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(config));
      return;
    }
    if (path.startsWith('/v1/') || path === '/health') {
      const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    const file = normalize(join(OUT_DIR, path === '/' ? 'sync-pull.html' : path));
    if (!file.startsWith(OUT_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function buildPage(profile: boolean): Promise<void> {
  await build({
    configFile: false,
    root: resolve(ROOT, 'test/bench'),
    base: './',
    logLevel: 'warn',
    plugins: [recordValidators()],
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      // A profile names the functions and their modules (rolldown's //#region comments).
      minify: !profile,
      chunkSizeWarningLimit: 8000,
      rolldownOptions: { input: { 'sync-pull': resolve(ROOT, 'test/bench/sync-pull.html') } },
    },
  });
}

/** With `profile`, the app's pull runs under the CDP CPU profiler and the summary is logged. */
export async function measureInitialPull(bench: BenchServer, docs: number, log: (line: string) => void, profile = false): Promise<PullResult> {
  let started = performance.now();
  await buildPage(profile);
  log(`  (a) built the page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const county = await enrollDevice(bench, 'county', null);
  const { code } = await issueEnrollmentCode(bench.server.db, { role: 'county', townshipId: null });
  const page = await servePage(bench, { countyToken: county.token, enrollCode: code, expected: docs, profile });
  const origin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  // A profile on disk, as the app's: a fresh context is incognito, whose in-memory IndexedDB quota
  // a 100,000-case pull with its search index exceeds (QuotaExceededError in the rebuild).
  const profileDir = await mkdtemp(join(tmpdir(), 'taizhang-sync-pull-'));
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const tab = browser.pages()[0] ?? (await browser.newPage());
    const errors: string[] = [];
    const cdp = profile ? await browser.newCDPSession(tab) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.setSamplingInterval', { interval: 500 });
    // Two profiles: the pull (from the page's 'app: start' to its 'app: N cases in …') and what follows it.
    let profiling: Promise<unknown> = Promise.resolve();
    const profileStep = (step: () => Promise<unknown>) => { profiling = profiling.then(step); };
    const saveProfile = async (part: string, what: string) => {
      if (!cdp) return;
      const { profile: cpu } = await cdp.send('Profiler.stop');
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `sync-pull-${part}.cpuprofile`), JSON.stringify(cpu));
      log(`  (a) CPU profile of ${what}:\n${summariseProfile(cpu as CpuProfile, OUT_DIR)}`);
      log(`  (a) written to .bench/sync-pull-${part}.cpuprofile (Chromium DevTools → Performance → Load profile)`);
    };
    tab.on('console', (message) => {
      const text = message.text();
      if (cdp && text === '[taizhang] app: start') profileStep(() => cdp.send('Profiler.start'));
      if (cdp && /^\[taizhang\] app: \d+ cases in /.test(text)) {
        profileStep(() => saveProfile('pull', 'the pull'));
        profileStep(() => cdp.send('Profiler.start'));
      }
      if (text.startsWith('[taizhang] ')) log(`  (a) ${text.slice(11)}`);
      else if (message.type() === 'error') {
        // The text names a minified error class only: keep each argument's stack or message too.
        errors.push(text);
        for (const arg of message.args()) {
          void arg.evaluate((value) => (value instanceof Error ? `${value.stack ?? value.message} ${JSON.stringify((value as { parameters?: unknown }).parameters ?? '')}`.slice(0, 2000) : ''))
            .then((detail) => { if (detail) errors.push(detail); }, () => undefined);
        }
      }
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    started = performance.now();
    await tab.goto(`${origin}/sync-pull.html`);
    const handle = await tab.waitForFunction(() => (window as unknown as { __taizhangOutcome?: unknown }).__taizhangOutcome, null, { timeout: 0, polling: 500 });
    const outcome = (await handle.jsonValue()) as { ok: true; result: { rawMs: number; replicationMs: number; indexMs: number; floorMs: number; userAgent: string } } | { ok: false; error: string };
    if (!outcome.ok) throw new Error(`${outcome.error}${errors.length ? `\npage errors:\n${errors.join('\n')}` : ''}`);
    profileStep(() => saveProfile('after', 'what follows the pull (the search index rebuild)'));
    await profiling;
    const chrome = /Chrome\/[\d.]+/.exec(outcome.result.userAgent)?.[0] ?? outcome.result.userAgent;
    return {
      docs,
      rawMs: outcome.result.rawMs,
      replicationMs: outcome.result.replicationMs,
      indexMs: outcome.result.indexMs,
      floorMs: outcome.result.floorMs,
      replicationLabel: 'the app’s sync (createSyncClient)',
      environment: `(a) in ${chrome} headless, real IndexedDB`,
    };
  } finally {
    await browser.close();
    await rm(profileDir, { recursive: true, force: true });
    await new Promise((done) => page.close(done));
  }
}
