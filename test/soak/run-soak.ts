// `npm run soak -- --runs N [--backend pglite|postgres] [--scenario a,b,…,app] [--parallel K]` (issue 13):
// the fault suite's raw-protocol scenarios (a)–(f) and the app's RxDB devices, each N times with fresh seeds,
// shared over K vitest workers. Prints the runs and failures per scenario, each failure with its seed and the
// command that replays it, and writes the whole of it (with each failing worker's event log) to
// .bench/soak.json. Exit code 1 when anything failed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scenarioKeys } from '../sync-faults/selection';
import { progressOf, progressText, shareRuns, summarize, summaryText, type VitestJson } from './soak-report';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    backend: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'pglite' },
    scenario: { type: 'string', default: scenarioKeys.join(',') },
    parallel: { type: 'string', default: String(Math.max(1, availableParallelism() - 1)) },
  },
});

function refuse(message: string): never {
  console.error(`soak: ${message}`);
  process.exit(2);
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) refuse(`--runs 须为正整数，收到 ${values.runs}`);
const parallel = Number(values.parallel);
if (!Number.isInteger(parallel) || parallel < 1) refuse(`--parallel 须为正整数，收到 ${values.parallel}`);
const backend = values.backend;
if (backend !== 'pglite' && backend !== 'postgres') refuse(`--backend 只能是 pglite 或 postgres，收到 ${backend}`);
if (backend === 'postgres' && !process.env.DATABASE_URL) refuse('--backend postgres 需要 DATABASE_URL');
const scenarios = values.scenario.split(',').map((item) => item.trim()).filter(Boolean);
const unknown = scenarios.filter((item) => !(scenarioKeys as readonly string[]).includes(item));
if (unknown.length > 0 || scenarios.length === 0) refuse(`--scenario 只能是 ${scenarioKeys.join(',')} 中的几个，收到 ${values.scenario}`);

const outDir = join(root, '.bench', 'soak-workers');
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const files = [
  ...(scenarios.some((key) => key !== 'app') ? ['test/sync-faults/raw-faults.test.ts'] : []),
  ...(scenarios.includes('app') ? ['test/sync-faults/rxdb/rxdb-faults.test.ts'] : []),
];

/** Runs finished and failed so far, summed over the workers (counted from progress-reporter.ts's lines). */
const progress = { done: 0, failed: 0 };

/** One vitest process running its share of the seeds; its JSON report and output go to files of its own. */
function worker(index: number, share: number): Promise<{ json: VitestJson; log: string }> {
  const jsonFile = join(outDir, `worker-${String(index)}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, FAULT_RUNS: String(share), FAULT_BACKEND: backend, FAULT_SCENARIOS: scenarios.join(','), FAULT_PINNED: '0' };
  delete env.FAULT_SEED;
  const child = spawn('npx', ['vitest', 'run', '--project', 'integration', '--reporter=json', `--outputFile=${jsonFile}`, '--reporter=dot', '--reporter=./test/soak/progress-reporter.ts', ...files],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  let unread = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    const lines = unread + text;
    const end = lines.lastIndexOf('\n') + 1;
    const seen = progressOf(lines.slice(0, end));
    progress.done += seen.done;
    progress.failed += seen.failed;
    unread = lines.slice(end);
  });
  return new Promise((done) => {
    child.on('close', () => {
      void readFile(jsonFile, 'utf8').then(
        (text) => done({ json: JSON.parse(text) as VitestJson, log }),
        () => done({ json: { testResults: [{ name: `worker ${String(index)}`, message: 'vitest 没有写出报告（进程崩溃或被终止）', assertionResults: [] }] }, log }),
      );
    });
  });
}

const startedAt = new Date();
const shares = shareRuns(runs, parallel);
console.log(`soak: ${String(runs)} runs of ${scenarios.join(',')} on ${backend}, ${String(shares.length)} workers`);
const totalRuns = runs * scenarios.length;
const ticker = setInterval(() => { console.log(progressText(progress, totalRuns, Date.now() - startedAt.getTime())); }, 60_000);
const reports = await Promise.all(shares.map((share, index) => worker(index, share)));
clearInterval(ticker);
const summary = summarize(reports, { startedAt: startedAt.toISOString(), elapsedMs: Date.now() - startedAt.getTime(), runsAsked: runs, backend, scenarios });
// Only failing workers' logs are kept in the file: a passing worker's output adds nothing.
await writeFile(join(root, '.bench', 'soak.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(summaryText(summary));
console.log('written to .bench/soak.json');
process.exit(summary.failures.length + summary.brokenFiles.length > 0 ? 1 : 0);
