// `npx tsx test/bench/profile-summary.ts <file.cpuprofile> [out dir]`: the summary of a CPU profile
// written by `node test/bench/run.mjs --profile` (out dir: the unminified build it ran, default out/bench).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summariseProfile, type CpuProfile } from './cpu-profile-summary';

const [file, outDir] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx test/bench/profile-summary.ts <file.cpuprofile> [out dir]');
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
console.log(summariseProfile(profile, resolve(outDir ?? process.env.BENCH_OUT_DIR ?? 'out/bench'), 30));
