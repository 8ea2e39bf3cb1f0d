// `npm run bench [-- --quick]`: the store benchmark in Chromium (run.mjs), then the county server
// and sync benchmark (sync-bench.ts, via tsx), then the hostile-input bench (hostile-bench.ts), and
// last the issue-12 goals P1–P6 from the first two in one table and in .bench/last.json
// (bench-merge.ts). All get the same flags; all always run, and the command fails if any failed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const tsx = resolve(here, '../../node_modules/.bin/tsx');
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(',');
// A part that fails must not leave an older run's figures to be merged as if they were this run's.
for (const file of ['last.json', 'sync-last.json']) rmSync(resolve(here, '../../.bench', file), { force: true });

const store = spawnSync(process.execPath, [resolve(here, 'run.mjs'), ...args], { stdio: 'inherit' });
console.log('');
const sync = spawnSync(tsx, [resolve(here, 'sync-bench.ts'), ...args], { stdio: 'inherit' });
console.log('');
const hostile = spawnSync(tsx, [resolve(here, 'hostile-bench.ts'), ...args], { stdio: 'inherit' });
const merged = spawnSync(tsx, [resolve(here, 'bench-merge.ts'), '--load-before', loadBefore], { stdio: 'inherit' });
process.exit(store.status === 0 && sync.status === 0 && hostile.status === 0 && merged.status === 0 ? 0 : 1);
