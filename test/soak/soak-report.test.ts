import { describe, expect, it } from 'vitest';
import { progressOf, progressText, replayCommand, scenarioOf, shareRuns, summarize, summaryText, type VitestJson } from './soak-report';

const meta = { startedAt: '2026-12-06T22:00:00.000Z', elapsedMs: 120_000, runsAsked: 2, backend: 'pglite', scenarios: ['a', 'app'] };

const report: VitestJson = {
  testResults: [
    {
      name: '/repo/test/sync-faults/raw-faults.test.ts',
      assertionResults: [
        { ancestorTitles: ['sync under faults, raw-protocol devices (pglite)'], title: '(a) connection cut mid-push — seed 0x0000002a: all replicas equal the server, nothing lost or duplicated', status: 'passed', failureMessages: [] },
        { ancestorTitles: ['sync under faults, raw-protocol devices (pglite)'], title: '(a) connection cut mid-push — seed 0x2b086712: all replicas equal the server, nothing lost or duplicated', status: 'failed', failureMessages: ['AssertionError: not converged after 60 s'] },
        { ancestorTitles: ['sync under faults, raw-protocol devices (pglite)'], title: 'seed 0x37cd0745 — (d) pinned', status: 'skipped', failureMessages: [] },
      ],
    },
    {
      name: '/repo/test/sync-faults/rxdb/rxdb-faults.test.ts',
      assertionResults: [
        { ancestorTitles: ["sync under faults, the app's RxDB devices (pglite)"], title: 'cuts mid-push and mid-pull, a server restart and a PC closed mid-sync — seed 0x00c0ffee: every PC equals the server, every save is there', status: 'passed', failureMessages: [] },
        {
          ancestorTitles: ["sync under faults, the app's RxDB devices (pglite)"], title: 'cuts mid-push and mid-pull, a server restart and a PC closed mid-sync — seed 0x0badf00d: every PC equals the server, every save is there', status: 'failed',
          failureMessages: ['Error: not converged after 60 s\nevent order (212 events): FAULT_REPLAY=/repo/.bench/fault-traces/app-0x0badf00d-m1.json npx vitest run test/sync-faults/rxdb'],
        },
      ],
    },
  ],
};

describe('the soak summary', () => {
  it('counts runs and failures per scenario and backend, skipped tests left out', () => {
    const summary = summarize([{ json: report, log: '[sync-faults] …' }], meta);
    expect(summary.runs).toBe(4);
    expect(summary.byScenario).toEqual({ '(a) pglite': { runs: 2, failures: 1 }, 'app pglite': { runs: 2, failures: 1 } });
  });

  it('gives each failure its seed and the command that replays exactly it', () => {
    const [failure] = summarize([{ json: report, log: 'worker log' }], meta).failures;
    expect(failure).toMatchObject({ scenario: '(a)', backend: 'pglite', seed: '0x2b086712', log: 'worker log' });
    expect(failure?.replay).toBe('FAULT_SEED=0x2b086712 FAULT_BACKEND=pglite FAULT_SCENARIOS=a FAULT_PINNED=0 npx vitest run test/sync-faults/raw-faults.test.ts');
    expect(replayCommand('0x00c0ffee', 'postgres', 'app')).toContain('FAULT_SCENARIOS=app FAULT_PINNED=0 npx vitest run test/sync-faults/rxdb');
    expect(failure?.replayOrder).toBeUndefined();
    expect(summaryText(summarize([{ json: report, log: '' }], meta))).toMatch(/4 runs, 2 failed[\s\S]*✗ \(a\) pglite seed 0x2b086712/);
  });

  it('gives a failing app run the command that replays its recorded event order', () => {
    const [, app] = summarize([{ json: report, log: '' }], meta).failures;
    expect(app).toMatchObject({ scenario: 'app', seed: '0x0badf00d', replayOrder: 'FAULT_REPLAY=/repo/.bench/fault-traces/app-0x0badf00d-m1.json npx vitest run test/sync-faults/rxdb' });
    expect(summaryText(summarize([{ json: report, log: '' }], meta))).toContain('    FAULT_REPLAY=/repo/.bench/fault-traces/app-0x0badf00d-m1.json npx vitest run test/sync-faults/rxdb');
  });

  it('counts a test file that broke before any test ran as a failure', () => {
    const broken: VitestJson = { testResults: [{ name: '/repo/test/sync-faults/raw-faults.test.ts', message: 'FAULT_BACKEND=oracle: 只能是 pglite', assertionResults: [] }] };
    const summary = summarize([{ json: broken, log: 'x' }], meta);
    expect(summary.brokenFiles).toEqual([{ file: '/repo/test/sync-faults/raw-faults.test.ts', message: 'FAULT_BACKEND=oracle: 只能是 pglite', log: 'x' }]);
    expect(summaryText(summary)).toMatch(/0 runs, 1 failed/);
  });

  it('names scenarios by letter, and the app devices as app', () => {
    expect(scenarioOf('(f) [S38] server process killed (SIGKILL) mid-sync — seed 0x1')).toBe('(f)');
    expect(scenarioOf('cuts mid-push and mid-pull, a server restart — seed 0x1')).toBe('app');
  });

  it('shares runs over the workers without losing one', () => {
    expect(shareRuns(1000, 3)).toEqual([334, 333, 333]);
    expect(shareRuns(1, 4)).toEqual([1]);
    expect(shareRuns(7, 2).reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe('the soak progress line', () => {
  it('counts the finished runs a worker reported, failed ones apart, and ignores the other output', () => {
    const log = ['[sync-faults] (a) seed 0x0000002a pglite', 'soak-progress passed', '·', 'soak-progress failed', 'soak-progress passed', 'not soak-progress passed'].join('\n');
    expect(progressOf(log)).toEqual({ done: 3, failed: 1 });
    expect(progressOf('')).toEqual({ done: 0, failed: 0 });
  });

  it('says how many of all runs are done, how many failed and for how long', () => {
    expect(progressText({ done: 120, failed: 1 }, 600, 450_000)).toBe('soak: 120 of 600 runs (20 %), 1 failed, 7.5 min');
    expect(progressText({ done: 0, failed: 0 }, 0, 0)).toBe('soak: 0 of 0 runs (0 %), 0 failed, 0.0 min');
  });
});
