// The order in which one run of the app-device scenario did things (issue 13): each connection the
// proxy planned (and its plan), each save, the server restart, the PC closed and reopened, with its
// time. A failing run writes it to a file; FAULT_REPLAY=<file> runs the scenario again in that order:
// connection n gets the plan connection n got, and each save, restart or close waits until every
// event recorded before it has happened again. The seed alone cannot do this: where a cut falls
// depends on which request the app sends on which connection, which timing decides.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ConnectionPlan, Planner } from './tcp-proxy';

export type FaultEvent =
  | { kind: 'connection'; index: number; plan: ConnectionPlan; atMs: number }
  | { kind: 'save' | 'restart' | 'close' | 'reopen'; actor: string; atMs: number };

export interface RecordedRun {
  scenario: string;
  seed: string;
  backend: string;
  events: FaultEvent[];
}

/**
 * Longest waits for events recorded earlier that do not come again (the replay went another way): a
 * connection depends on what the app sends, so it may never come; a save, restart or close always
 * comes unless the replay deadlocked.
 */
const CONNECTION_WAIT_MS = 1_000;
const ACTION_WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Actor events (saves, restart, close) name themselves; connections are matched by their index. */
const sameAction = (a: FaultEvent, b: FaultEvent): boolean =>
  a.kind === b.kind && (a.kind === 'connection' ? a.index === (b as typeof a).index : a.actor === (b as { actor: string }).actor);

export class EventOrder {
  readonly events: FaultEvent[] = [];
  /** Where the replay diverged from the recording, if it did (logged, never fatal). */
  readonly divergences: string[] = [];
  private readonly t0 = performance.now();

  private constructor(
    private readonly replaying: FaultEvent[] | undefined,
    private readonly waits: { connectionMs: number; actionMs: number },
  ) {}

  /** A recording run. */
  static record(): EventOrder {
    return new EventOrder(undefined, { connectionMs: CONNECTION_WAIT_MS, actionMs: ACTION_WAIT_MS });
  }

  /** A replay of a recorded run. */
  static replay(recorded: readonly FaultEvent[], waits = { connectionMs: CONNECTION_WAIT_MS, actionMs: ACTION_WAIT_MS }): EventOrder {
    return new EventOrder([...recorded], waits);
  }

  get replay(): boolean {
    return this.replaying !== undefined;
  }

  private now(): number {
    return Math.round(performance.now() - this.t0);
  }

  /** The proxy's planner: records each connection's plan; in a replay, gives connection n its recorded plan (later ones pass). */
  planner(fresh: Planner): Planner {
    // Counted from this planner's first connection: how many the enrollment before it opened does not matter.
    let counted = 0;
    return () => {
      const index = counted++;
      const recorded = this.replaying?.find((event) => event.kind === 'connection' && event.index === index);
      const plan = this.replaying ? (recorded?.kind === 'connection' ? recorded.plan : { kind: 'pass' as const }) : fresh(index);
      this.events.push({ kind: 'connection', index, plan, atMs: this.now() });
      return plan;
    };
  }

  /**
   * Before a save, restart, close or reopen: in a replay, waits until every event recorded before
   * this actor's next one of that kind has happened again; then notes it.
   */
  async turn(kind: Exclude<FaultEvent['kind'], 'connection'>, actor: string): Promise<void> {
    const event: FaultEvent = { kind, actor, atMs: 0 };
    if (this.replaying) {
      const done = this.events.filter((seen) => seen.kind === kind && seen.actor === actor).length;
      const mine = this.replaying.map((recorded, position) => ({ recorded, position })).filter(({ recorded }) => sameAction(recorded, event));
      const position = mine[done]?.position;
      if (position !== undefined) await this.waitFor(this.replaying.slice(0, position), `${kind} ${actor} #${String(done + 1)}`);
    }
    this.events.push({ ...event, atMs: this.now() });
  }

  private async waitFor(before: readonly FaultEvent[], what: string): Promise<void> {
    const started = performance.now();
    const actions = before.filter((event) => event.kind !== 'connection');
    for (;;) {
      const actionsDone = this.happened(actions);
      if (actionsDone && this.happened(before)) return;
      const waited = performance.now() - started;
      const limit = actionsDone ? this.waits.connectionMs : this.waits.actionMs;
      if (waited > limit) {
        this.divergences.push(`${what}: waited ${String(limit)} ms for earlier ${actionsDone ? 'connections' : 'events'} that did not come again; went on`);
        return;
      }
      await sleep(5);
    }
  }

  /** Whether each recorded event has its counterpart among the events seen so far. */
  private happened(before: readonly FaultEvent[]): boolean {
    const seen = new Map<string, number>();
    for (const event of this.events) {
      const key = keyOf(event);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    for (const event of before) {
      const key = keyOf(event);
      const left = seen.get(key) ?? 0;
      if (left === 0) return false;
      seen.set(key, left - 1);
    }
    return true;
  }
}

const keyOf = (event: FaultEvent): string => (event.kind === 'connection' ? `connection ${String(event.index)}` : `${event.kind} ${event.actor}`);

/** Where a failing run's events go (under .bench/, beside soak.json). */
export const traceFile = (root: string, run: Pick<RecordedRun, 'scenario' | 'seed'>): string =>
  `${root}/.bench/fault-traces/${run.scenario}-${run.seed}-${Date.now().toString(36)}.json`;

export async function writeRecordedRun(file: string, run: RecordedRun): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(run, null, 1)}\n`);
}

export async function readRecordedRun(file: string): Promise<RecordedRun> {
  const run = JSON.parse(await readFile(file, 'utf8')) as RecordedRun;
  if (!Array.isArray(run.events) || typeof run.seed !== 'string') throw new Error(`FAULT_REPLAY=${file}: 不是故障运行的事件记录`);
  return run;
}
