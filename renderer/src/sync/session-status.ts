// What a running session tells the status store: request outcomes, refusals, activity, the first
// pull's progress, the waiting count, and when all of it adds up to 已同步 (lastSyncedAt).
import type { CollectionName } from '#shared/domain/schemas/index';
import type { SyncProblem } from './contract';
import { problems, type SyncRequestError } from './problems';
import { followFirstPull } from './first-pull-progress';
import type { StatusStore } from './status';

export interface SessionStatusDeps {
  status: StatusStore;
  /** ISO time now. */
  at: () => string;
  /** How many collections must finish their first round before the device can be in sync. */
  collections: number;
  /** True when this device never finished a first sync: the status shows its progress. */
  firstSync: boolean;
  /** Keeps lastSyncedAt across restarts. */
  saveProgress: (lastSyncedAt: string) => Promise<void>;
}

export interface SessionStatus {
  fail: (problem: SyncProblem) => void;
  /** The answer to one request (server-api.ts reports every one). */
  requestSettled: (outcome: { ok: true } | { ok: false; error: SyncRequestError }) => void;
  /** Sync cannot go on by itself (the stream said revoked or too old). */
  fatal: (problem: SyncProblem) => void;
  refusal: (name: CollectionName, error: SyncRequestError | undefined) => void;
  activity: (name: CollectionName, active: boolean) => void;
  received: () => void;
  /** A collection finished its first round; true once every collection has. */
  initialRoundDone: (name: CollectionName) => boolean;
  counted: (waiting: number, documents: number) => void;
  /** This tab took the lead: its own replications report from now on. */
  lead: () => void;
  /** Nothing is reported from now on; resolves once the last progress write ended. */
  stop: () => Promise<void>;
}

export function createSessionStatus(deps: SessionStatusDeps): SessionStatus {
  const { status, at } = deps;
  const refused = new Map<string, SyncProblem>();
  const active = new Map<CollectionName, boolean>();
  const initialDone = new Set<CollectionName>();
  const firstPull = followFirstPull(status, deps.firstSync);
  /** Every unconfirmed document (history entries too): in sync only at 0. The status shows records only. */
  let unconfirmedDocuments = 0;
  let checking = false;
  let stopped = false;
  let saving: Promise<void> = Promise.resolve();

  const fail = (problem: SyncProblem) => {
    if (!stopped) status.update({ lastError: { ...problem, at: at() } });
  };
  const anyActive = () => [...active.values()].some(Boolean);

  // lastSyncedAt: every collection finished its first round, nothing under way, nothing waiting, no standing failure.
  const checkInSync = (): void => {
    if (checking || stopped) return;
    checking = true;
    queueMicrotask(() => {
      checking = false;
      const facts = status.facts();
      const inSync = initialDone.size === deps.collections && !facts.active && facts.waiting === 0 && unconfirmedDocuments === 0
        && facts.reachable && !facts.fatal && refused.size === 0;
      if (!inSync || stopped) return;
      const lastSyncedAt = at();
      status.update({ lastSyncedAt, lastError: undefined, ...firstPull.finish() });
      saving = saving.then(() => deps.saveProgress(lastSyncedAt))
        .catch((error: unknown) => console.warn('SYNC_PROGRESS_WRITE_FAILED: 未能记下上次同步时间', error));
    });
  };

  return {
    fail,
    requestSettled(outcome) {
      if (stopped) return;
      if (outcome.ok) {
        // A fatal answer stands until the official asks to sync again (session.ts syncNow opens the gate and
        // clears it): the gate sends nothing meanwhile, so an answer arriving now is of a request sent before it.
        const standing = status.facts().fatal ?? [...refused.values()][0];
        status.update({ reachable: true, lastError: standing ? status.facts().lastError : undefined });
        checkInSync();
        return;
      }
      const { error } = outcome;
      if (error.kind === 'fatal') status.update({ fatal: error.problem, reachable: true });
      else status.update({ reachable: error.problem.code !== problems.serverUnreachable.code });
      fail(error.problem);
    },
    fatal(problem) {
      if (stopped) return;
      status.update({ fatal: problem });
      fail(problem);
    },
    refusal(name, error) {
      if (stopped) return;
      const had = refused.has(name);
      if (error) refused.set(name, error.problem);
      else refused.delete(name);
      if (error || had) status.update({ refused: new Map(refused) });
    },
    activity(name, isActive) {
      active.set(name, isActive);
      if (!stopped) status.update({ active: anyActive() });
    },
    received: firstPull.received,
    initialRoundDone(name) {
      initialDone.add(name);
      checkInSync();
      return initialDone.size === deps.collections;
    },
    counted(waiting, documents) {
      if (stopped) return;
      unconfirmedDocuments = documents;
      status.update({ waiting });
      checkInSync();
    },
    lead() {
      // What a former leader said of its own run ends with it.
      if (!stopped) status.update({ active: anyActive(), refused: new Map(refused) });
    },
    async stop() {
      stopped = true;
      firstPull.stop();
      await saving;
    },
  };
}
