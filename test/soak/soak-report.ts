// The soak's summary (issue 13): the vitest JSON reports of its workers → runs and failures per scenario,
// each failure with its seed and the command that replays it. Pure, so its test needs no server.

/** The part of vitest's JSON reporter output the soak reads. */
export interface VitestJson {
  testResults: { name: string; message?: string; assertionResults: { ancestorTitles: string[]; title: string; status: string; duration?: number | null; failureMessages: string[] }[] }[];
}

export interface SoakFailure {
  scenario: string;
  backend: string;
  seed: string | null;
  replay: string;
  /** The command that replays the run's recorded event order (app scenario), when it wrote one. */
  replayOrder?: string;
  message: string;
  /** The worker's whole output (its [sync-faults] event lines), to read around the failure. */
  log: string;
}

export interface SoakSummary {
  startedAt: string;
  elapsedMs: number;
  runsAsked: number;
  backend: string;
  scenarios: string[];
  /** Per scenario and backend: runs finished and failed. */
  byScenario: Record<string, { runs: number; failures: number }>;
  runs: number;
  failures: SoakFailure[];
  /** Test files that failed without a test failing (a crash while loading): counted as failures too. */
  brokenFiles: { file: string; message: string; log: string }[];
}

const SEED = /seed (0x[0-9a-f]{8})/;
const BACKEND = /\((pglite|postgres)\)/;
const EVENT_ORDER = /FAULT_REPLAY=(\S+)/;

/** What progress-reporter.ts writes per finished run: `soak-progress passed` or `soak-progress failed`. */
export const PROGRESS_MARK = 'soak-progress';
const PROGRESS_LINE = new RegExp(`^${PROGRESS_MARK} (passed|failed)$`, 'gm');

/** Runs finished and failed so far in a worker's output. */
export function progressOf(log: string): { done: number; failed: number } {
  let done = 0;
  let failed = 0;
  for (const match of log.matchAll(PROGRESS_LINE)) {
    done += 1;
    if (match[1] === 'failed') failed += 1;
  }
  return { done, failed };
}

/** `soak: 120 of 600 runs (20 %), 1 failed, 7.5 min` — printed every minute while the workers run. */
export function progressText(progress: { done: number; failed: number }, total: number, elapsedMs: number): string {
  const percent = total > 0 ? Math.floor((progress.done * 100) / total) : 0;
  return `soak: ${String(progress.done)} of ${String(total)} runs (${String(percent)} %), ${String(progress.failed)} failed, ${(elapsedMs / 60_000).toFixed(1)} min`;
}

/** `(a) connection cut mid-push — seed 0x…: …` → `(a) connection cut mid-push`; the app scenario → `app`. */
export function scenarioOf(title: string): string {
  const letter = /^\(([a-f])\) /.exec(title);
  if (letter) return `(${letter[1]})`;
  return /cuts mid-push and mid-pull/.test(title) ? 'app' : title.replace(/ — seed.*$/, '');
}

export function replayCommand(seed: string | null, backend: string, scenario: string): string {
  const file = scenario === 'app' ? 'test/sync-faults/rxdb' : 'test/sync-faults/raw-faults.test.ts';
  const key = scenario === 'app' ? 'app' : scenario.replace(/[()]/g, '');
  return `FAULT_SEED=${seed ?? '<seed>'} FAULT_BACKEND=${backend} FAULT_SCENARIOS=${key} FAULT_PINNED=0 npx vitest run ${file}`;
}

export function summarize(reports: { json: VitestJson; log: string }[], meta: Pick<SoakSummary, 'startedAt' | 'elapsedMs' | 'runsAsked' | 'backend' | 'scenarios'>): SoakSummary {
  const byScenario: SoakSummary['byScenario'] = {};
  const failures: SoakFailure[] = [];
  const brokenFiles: SoakSummary['brokenFiles'] = [];
  let runs = 0;
  for (const { json, log } of reports) {
    for (const file of json.testResults) {
      const ran = file.assertionResults.filter((test) => test.status === 'passed' || test.status === 'failed');
      if (ran.length === 0 && file.message) brokenFiles.push({ file: file.name, message: file.message, log });
      for (const test of ran) {
        const scenario = scenarioOf(test.title);
        const backend = BACKEND.exec(test.ancestorTitles.join(' '))?.[1] ?? meta.backend;
        const key = `${scenario} ${backend}`;
        const entry = (byScenario[key] ??= { runs: 0, failures: 0 });
        entry.runs += 1;
        runs += 1;
        if (test.status === 'failed') {
          entry.failures += 1;
          const seed = SEED.exec(test.title)?.[1] ?? null;
          const message = test.failureMessages.join('\n');
          const order = EVENT_ORDER.exec(message)?.[1];
          failures.push({
            scenario, backend, seed, replay: replayCommand(seed, backend, scenario),
            ...(order ? { replayOrder: `FAULT_REPLAY=${order} npx vitest run test/sync-faults/rxdb` } : {}),
            message: message.slice(0, 4000), log,
          });
        }
      }
    }
  }
  return { ...meta, byScenario, runs, failures, brokenFiles };
}

/** How `total` runs are shared out over `workers` (the first ones take one more). */
export function shareRuns(total: number, workers: number): number[] {
  const count = Math.max(1, Math.min(workers, total));
  return Array.from({ length: count }, (_, index) => Math.floor(total / count) + (index < total % count ? 1 : 0));
}

export function summaryText(summary: SoakSummary): string {
  const lines = Object.entries(summary.byScenario).sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { runs, failures }]) => `  ${key.padEnd(18)} ${String(runs).padStart(5)} runs  ${String(failures).padStart(4)} failed`);
  const failed = summary.failures.map((failure) => [
    `  ✗ ${failure.scenario} ${failure.backend} seed ${failure.seed ?? '?'}`,
    `    ${failure.replay}`,
    ...(failure.replayOrder ? [`    ${failure.replayOrder}`] : []),
    `    ${failure.message.split('\n')[0] ?? ''}`,
  ].join('\n'));
  const broken = summary.brokenFiles.map((file) => `  ✗ ${file.file}: ${file.message}`);
  return [`soak: ${String(summary.runs)} runs, ${String(summary.failures.length + summary.brokenFiles.length)} failed, ${(summary.elapsedMs / 60_000).toFixed(1)} min`, ...lines, ...failed, ...broken].join('\n');
}
