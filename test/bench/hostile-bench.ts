// The hostile-input suite at bench size: npm run bench:hostile [-- --requests N] [-- --seed 0x…] [-- --memory].
// Same mix and figures as test/hostile (CI runs 10,000 requests per backend); on PostgreSQL when
// DATABASE_URL is set, else on PGlite in a temporary folder (in memory with --memory, as in the test).
import { randomInt } from 'node:crypto';
import { hex } from '../sync-faults/seeds';
import { runHostile } from '../hostile/hostile-run';
import { hostileLimits } from '../hostile/hostile-limits';
import { enrollDevice, startBenchServer } from './sync-bench-server';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const requests = Number(arg('--requests') ?? 100_000);
const seed = arg('--seed') === undefined ? randomInt(0, 2 ** 32 - 1) : Number(arg('--seed')) >>> 0;

const bench = await startBenchServer(hostileLimits, process.argv.includes('--memory'));
try {
  console.log(`hostile bench on ${bench.label}: ${requests.toLocaleString('en')} requests, seed ${hex(seed)} (replay: -- --seed ${hex(seed)})`);
  const townships = await Promise.all(['zhongren', 'suidong'].map(async (townshipId) => ({ townshipId, headers: (await enrollDevice(bench, 'township', townshipId)).headers })));
  const figures = await runHostile({ server: bench.server, baseUrl: bench.url, devices: { townships }, seed, requests });
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await bench.close();
}
