// `npm run bench [-- --quick]`: the store benchmark in Chromium (run.mjs), then the county server
// and sync benchmark (sync-bench.ts, via tsx), then the hostile-input bench (hostile-bench.ts).
// All get the same flags; all always run, and the command fails if any failed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const tsx = resolve(here, '../../node_modules/.bin/tsx');

const store = spawnSync(process.execPath, [resolve(here, 'run.mjs'), ...args], { stdio: 'inherit' });
console.log('');
const sync = spawnSync(tsx, [resolve(here, 'sync-bench.ts'), ...args], { stdio: 'inherit' });
console.log('');
const hostile = spawnSync(tsx, [resolve(here, 'hostile-bench.ts'), ...args], { stdio: 'inherit' });
process.exit(store.status === 0 && sync.status === 0 && hostile.status === 0 ? 0 : 1);
