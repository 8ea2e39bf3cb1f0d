// Last step of `npm run bench`: reads what the store bench (run.mjs) and the sync bench wrote, prints
// P1–P6 in one table and writes every figure under keys P1…P6 into .bench/last.json beside the
// store bench's own result, with the core count and the load average before and after the run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { goalsOf, goalsTable, type StoreResult, type SyncResult } from './bench-table';

const folder = resolve(import.meta.dirname, '../../.bench');
const read = <T>(name: string): T | undefined => {
  const file = resolve(folder, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
};

/** bench-with-sync.mjs passes the load average it saw before the first part as `--load-before a,b,c`. */
const at = process.argv.indexOf('--load-before');
const loadBefore = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number) : loadavg();
const store = read<StoreResult & Record<string, unknown>>('last.json');
const sync = read<SyncResult>('sync-last.json');
const goals = goalsOf(store, sync);
const machine = { cores: availableParallelism(), loadBefore, loadAfter: loadavg() };
console.log(`\n${goalsTable(goals, machine)}\n`);
// P1…P6 at the top level; the store bench's own result stays as it was, the sync bench's beside it.
const { P1: _1, P2: _2, P3: _3, P4: _4, P5: _5, P6: _6, machine: _m, sync: _s, ...storeOwn } = store ?? {};
writeFileSync(resolve(folder, 'last.json'), `${JSON.stringify({ ...goals, machine, ...storeOwn, sync: sync ?? null }, null, 2)}\n`);
console.log('P1–P6 written to .bench/last.json');
