// `npm run bench [-- --quick] [-- --no-build]`: builds the web app, serves it on 127.0.0.1:4174,
// opens bench.html in a fresh headless Chromium profile and prints the page's table of ratios
// against baselines measured in the same run. The full run seeds 100k records: expect minutes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { buildPages, chromiumLaunch, drivePage, parseFlags, ROOT, servePages } from './driver.mjs';

const flags = parseFlags(process.argv.slice(2));
const quick = flags.quick === true;
console.log(quick
  ? 'bench --quick: save 500 ×3, export 500 and import 200 .xlsx rows ×3, backup 1k, cold open at 1k, list at 2k (a few minutes)'
  : 'bench: save 10k ×3, export and import 10k .xlsx rows ×3, cold open at 50k, list at 100k — seeding 100k records through the store takes 15–40 minutes on 2 cores');

// --profile: an unminified build, the whole page under the CDP CPU profiler, written to .bench/store.cpuprofile
// (summarise with `npx tsx test/bench/profile-summary.ts .bench/store.cpuprofile`).
const profile = flags.profile === true;
if (flags['no-build'] !== true) await buildPages({ minify: !profile });
const stopServer = await servePages();
// Precise heap figures need these two flags; a fresh temporary profile each run.
const browser = await chromium.launch({
  ...chromiumLaunch,
  headless: true,
  args: [...chromiumLaunch.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
let exitCode = 0;
try {
  const page = await browser.newPage();
  const cdp = profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  // --save N, --coldAt N, --listAt N, --repeats N, --seed N, --exportCount N, --importCount N, --backupCount N override the sizes for one run.
  const query = new URLSearchParams(quick ? { quick: '1' } : {});
  for (const name of ['save', 'coldAt', 'listAt', 'repeats', 'seed', 'exportCount', 'importCount', 'backupCount']) if (flags[name] !== undefined) query.set(name, String(flags[name]));
  const result = await drivePage(page, `bench.html${query.size > 0 ? `?${query.toString()}` : ''}`);
  console.log(`\n${result.text}\n`);
  console.log(`Chromium: ${result.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? result.userAgent}; whole run ${((Date.now() - started) / 1000).toFixed(0)} s`);
  mkdirSync(resolve(ROOT, '.bench'), { recursive: true });
  if (cdp) {
    const { profile: cpu } = await cdp.send('Profiler.stop');
    writeFileSync(resolve(ROOT, '.bench/store.cpuprofile'), JSON.stringify(cpu));
    console.log('CPU profile written to .bench/store.cpuprofile');
  }
  writeFileSync(resolve(ROOT, '.bench/last.json'), `${JSON.stringify({ ...result, quick }, null, 2)}\n`);
  console.log('results written to .bench/last.json');
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await browser.close();
  await stopServer();
}
process.exit(exitCode);
