// The issue-12 goals P1–P6 in one table (decision 041): each a ratio with both of its sides and its
// size, taken from the store bench's result (.bench/last.json as run.mjs writes it) and the sync
// bench's (.bench/sync-last.json), with the machine's core count and load average around the run.

/** One goal's figures: `ratio` = store ÷ baseline (times slower; for P6 p99 ÷ p99). */
export interface GoalFigure {
  ratio: number | null;
  /** Milliseconds of the measured side. */
  store: number | null;
  /** Milliseconds of the baseline in the same run. */
  baseline: number | null;
  /** Records (P1–P5) or devices (P6). */
  n: number | null;
  /** What the goal asks of `ratio`. */
  goal: string;
  /** Extra figures of the line (P1's and P4's floor, P4's index time, P5's speed, P6's throughput and RSS). */
  extra?: Record<string, number>;
}

export type GoalKey = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6';
export type Goals = Record<GoalKey, GoalFigure>;

interface StoreComparison {
  id: string;
  measuredMs: number;
  baselineMs: number;
}
/** The part of run.mjs's result this file reads. */
export interface StoreResult {
  options?: { saveCount?: number; coldAt?: number; listAt?: number };
  comparisons?: StoreComparison[];
}
/** The part of sync-bench.ts's result this file reads. */
export interface SyncResult {
  ingest?: { docs: number; serverMs: number; rawMs: number };
  pull?: { docs: number; replicationMs: number; rawMs: number; indexMs: number; floorMs?: number } | null;
  devices?: {
    devices: number;
    alone: { p99: number };
    herd: { p99: number; requests: number };
    herdTotalMs: number;
    processRssMiB?: number;
  };
}

const figure = (store: number | undefined, baseline: number | undefined, n: number | undefined, goal: string, extra?: Record<string, number>): GoalFigure => ({
  ratio: store !== undefined && baseline !== undefined && baseline > 0 ? store / baseline : null,
  store: store ?? null,
  baseline: baseline ?? null,
  n: n ?? null,
  goal,
  ...(extra ? { extra } : {}),
});

export function goalsOf(store: StoreResult | undefined, sync: SyncResult | undefined): Goals {
  const comparison = (id: string) => store?.comparisons?.find((c) => c.id === id);
  const side = (id: string) => ({ store: comparison(id)?.measuredMs, baseline: comparison(id)?.baselineMs });
  const { ingest, pull, devices } = sync ?? {};
  return {
    P1: figure(side('save').store, side('save').baseline, store?.options?.saveCount, '≤ 2.0×', comparison('saveFloor') ? { floorMs: comparison('saveFloor')?.measuredMs ?? 0 } : undefined),
    P2: figure(side('list').store, side('list').baseline, store?.options?.listAt, '≤ 2.0×'),
    P3: figure(side('coldOpen').store, side('coldOpen').baseline, store?.options?.coldAt, '≤ 1.2×'),
    P4: figure(pull?.replicationMs, pull?.rawMs, pull?.docs, '≤ 1.5×', pull ? { indexMs: pull.indexMs, ...(pull.floorMs === undefined ? {} : { floorMs: pull.floorMs }) } : undefined),
    P5: figure(ingest?.serverMs, ingest?.rawMs, ingest?.docs, '≤ 2.0× (≥ 0.5× raw speed)'),
    P6: figure(
      devices?.herd.p99,
      devices?.alone.p99,
      devices?.devices,
      '≤ 10×',
      devices
        ? {
            requests: devices.herd.requests,
            requestsPerSecond: (devices.herd.requests * 1000) / devices.herdTotalMs,
            herdMs: devices.herdTotalMs,
            ...(devices.processRssMiB === undefined ? {} : { processRssMiB: devices.processRssMiB }),
          }
        : undefined,
    ),
  };
}

const labels: Record<GoalKey, (n: string) => string> = {
  P1: (n) => `P1 save ${n} cases ÷ raw Dexie bulkPut`,
  P2: (n) => `P2 newest-first list, first page at ${n} ÷ raw index cursor`,
  P3: (n) => `P3 cold open → first page at ${n} ÷ empty database`,
  P4: (n) => `P4 county's first pull of ${n} ÷ raw pages + bulkPut`,
  P5: (n) => `P5 push ingest of ${n} ÷ raw multi-row INSERT`,
  P6: (n) => `P6 ${n} PCs at once: p99 ÷ p99 of one PC alone`,
};

const ms = (value: number | null): string => (value === null ? '—' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const times = (value: number | null): string => (value === null ? 'not run' : `${value.toFixed(2)}×`);

function extraOf(key: GoalKey, goal: GoalFigure): string {
  const extra = goal.extra ?? {};
  const floor = extra.floorMs !== undefined && goal.baseline ? `the same rows straight into IndexedDB ${ms(extra.floorMs)} (${times(extra.floorMs / goal.baseline)})` : '';
  if (key === 'P1') return floor;
  if (key === 'P4' && extra.indexMs !== undefined) return [`search index ready ${ms(extra.indexMs)} from the start`, floor].filter(Boolean).join('; ');
  if (key === 'P5' && goal.ratio !== null) return `${(1 / goal.ratio).toFixed(2)}× raw speed`;
  if (key === 'P6' && extra.requestsPerSecond !== undefined) {
    const rss = extra.processRssMiB === undefined ? '' : `, peak RSS of the process (server + the PCs' client) ${extra.processRssMiB.toFixed(0)} MiB`;
    return `herd ${ms(extra.herdMs ?? null)} for ${String(extra.requests)} requests (${extra.requestsPerSecond.toFixed(0)}/s)${rss}`;
  }
  return '';
}

export interface Machine {
  cores: number;
  loadBefore: number[];
  loadAfter: number[];
}

/** The table as printed: one line per goal, both sides of its ratio, the goal, and the machine. */
export function goalsTable(goals: Goals, machine: Machine): string {
  const rows = [
    ['goal', 'ratio', 'measured', 'baseline', 'asked', 'also'],
    ...(Object.keys(labels) as GoalKey[]).map((key) => {
      const goal = goals[key];
      return [labels[key](goal.n === null ? '?' : goal.n.toLocaleString('en-US')), times(goal.ratio), ms(goal.store), ms(goal.baseline), goal.goal, extraOf(key, goal)];
    }),
  ];
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  return [
    `issue 12 goals, ${String(machine.cores)} cores, load average ${load(machine.loadBefore)} before and ${load(machine.loadAfter)} after`,
    ...rows.map(line),
  ].join('\n');
}
