// `npm run bench:sync [-- --quick]` (and the second half of `npm run bench`): the county server
// and the sync measured in Node, each figure a ratio against a baseline taken in the same run.
// (a) county initial pull through RxDB replication vs raw page download + Dexie bulkPut,
// (b) push ingest vs raw multi-row INSERT, (c) 500 devices syncing at once vs one at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { measureDevices, type DevicesResult } from './sync-bench-devices';
import { measureIngest, type IngestResult } from './sync-bench-ingest';
import { measureInitialPull, pullEnvironment, type PullResult } from './sync-bench-pull';
import { startBenchServer } from './sync-bench-server';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
/** --no-pull skips (a), the Chromium part (e.g. to measure (b) and (c) alone). */
const withPull = !argv.includes('--no-pull');
/** --profile runs (a)'s app pull under Chromium's CPU profiler and prints where the time went. */
const profile = argv.includes('--profile');
const flag = (name: string): number | undefined => {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(argv[at + 1]) : undefined;
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
};
const sizes = {
  docs: flag('docs') ?? (quick ? 5_000 : 100_000),
  devices: flag('devices') ?? (quick ? 100 : 500),
  docsPerDevice: 3,
};

const log = (line: string) => console.log(line);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const perSecond = (count: number, ms: number) => `${Math.round((count * 1000) / ms).toLocaleString('en-US')}/s`;

function report(label: string, ingest: IngestResult, pull: PullResult | undefined, devices: DevicesResult): string {
  const rows = [
    ['measurement', 'ratio', 'measured', 'baseline in the same run'],
    ...(pull ? [[
      `(a) county device's initial pull of ${pull.docs.toLocaleString('en-US')} cases`,
      ratio(pull.replicationMs, pull.rawMs),
      `${pull.replicationLabel} ${s(pull.replicationMs)} (${perSecond(pull.docs, pull.replicationMs)}); search index built ${s(pull.indexMs)} from the start; the same rows straight into IndexedDB ${s(pull.floorMs)}`,
      `raw HTTP pages of 1,000 + Dexie bulkPut ${s(pull.rawMs)} (${perSecond(pull.docs, pull.rawMs)})`,
    ]] : [['(a) skipped (--no-pull)', '', '', '']]),
    [
      `(b) push ingest of ${ingest.docs.toLocaleString('en-US')} cases, 500 per request`,
      ratio(ingest.serverMs, ingest.rawMs),
      `POST push ${s(ingest.serverMs)} (${perSecond(ingest.docs, ingest.serverMs)})`,
      `multi-row INSERT of the same rows ${s(ingest.rawMs)} (${perSecond(ingest.docs, ingest.rawMs)})`,
    ],
    [
      `(c) ${devices.devices} devices at once, p50 per request`,
      ratio(devices.herd.p50, devices.alone.p50),
      `${ms(devices.herd.p50)} (push ${ms(devices.herdPush.p50)}, pull ${ms(devices.herdPull.p50)})`,
      `one device at a time ${ms(devices.alone.p50)}`,
    ],
    [
      `(c) ${devices.devices} devices at once, p99 per request`,
      ratio(devices.herd.p99, devices.alone.p99),
      `${ms(devices.herd.p99)} (push ${ms(devices.herdPush.p99)}, pull ${ms(devices.herdPull.p99)}; max ${ms(devices.herd.max)})`,
      `one device at a time ${ms(devices.alone.p99)}`,
    ],
    [
      `(c) ${devices.devices} devices at once, whole herd`,
      ratio(devices.herdTotalMs, devices.aloneSessionMs * devices.devices),
      `${s(devices.herdTotalMs)} for ${devices.herd.requests} requests (${perSecond(devices.herd.requests, devices.herdTotalMs)}); peak RSS ${devices.processRssMiB.toFixed(0)} MiB (server + PCs' client)`,
      `${devices.devices} sessions one after another ≈ ${s(devices.aloneSessionMs * devices.devices)}`,
    ],
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
  return [`sync bench on ${label}${pull ? `, ${pull.environment}` : ''}`, line(rows[0] ?? []), ...rows.slice(1).map(line)].join('\n');
}

const started = performance.now();
console.log(
  `bench (sync): ${sizes.docs.toLocaleString('en-US')} cases for (a)/(b), ${sizes.devices} devices × ${sizes.docsPerDevice} cases for (c)` +
    `${quick ? ' (--quick)' : ''}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${pullEnvironment()}`,
);
const bench = await startBenchServer();
let exitCode = 0;
try {
  console.log(`server: ${bench.label}`);
  const ingest = await measureIngest(bench, sizes.docs, log);
  console.log(`(b) done: push ${s(ingest.serverMs)}, raw INSERT ${s(ingest.rawMs)}`);
  const pull = withPull ? await measureInitialPull(bench, sizes.docs, log, profile) : undefined;
  if (pull) console.log(`(a) done: replication ${s(pull.replicationMs)} (search index built ${s(pull.indexMs)} from the start), raw ${s(pull.rawMs)}, the same rows straight into IndexedDB ${s(pull.floorMs)}`);
  const devices = await measureDevices(bench, sizes.devices, sizes.docsPerDevice, log);
  console.log(`(c) done: herd ${s(devices.herdTotalMs)}`);
  console.log(`\n${report(bench.label, ingest, pull, devices)}\n`);
  const after = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`whole sync run ${s(performance.now() - started)}; load average at the end ${after}`);
  mkdirSync(resolve(import.meta.dirname, '../../.bench'), { recursive: true });
  writeFileSync(resolve(import.meta.dirname, '../../.bench/sync-last.json'), `${JSON.stringify({ quick, sizes, server: bench.label, ingest, pull, devices }, null, 2)}\n`);
  console.log('results written to .bench/sync-last.json');
} catch (error) {
  console.error(`sync bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await bench.close();
}
process.exit(exitCode);
