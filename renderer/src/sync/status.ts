// The status the app bar shows, kept from plain facts the session reports; the phase is derived
// from them in one place (derivePhase) so its order of precedence is explicit and tested.
import type { ProblemRecord, SyncPhase, SyncProblem, SyncStatus } from './contract';

export interface StatusFacts {
  enrolled: boolean;
  /** Sync cannot go on by itself (revoked, app too old). */
  fatal?: SyncProblem;
  /** Collections whose last push or pull the server refused, with its reasons. */
  refused: ReadonlyMap<string, SyncProblem>;
  /** The system says the network is up (navigator.onLine). */
  networkUp: boolean;
  /** The last request reached the server. */
  reachable: boolean;
  /** A pull or push is under way. */
  active: boolean;
  waiting: number;
  conflicts: number;
  lastSyncedAt?: string;
  lastError?: SyncProblem & { at: string };
  initialPull?: { received: number; done: boolean };
  /** [C11] Records set aside from the push until an official fixes their text. */
  problemRecords?: ProblemRecord[];
}

export const initialFacts: StatusFacts = { enrolled: false, refused: new Map(), networkUp: true, reachable: true, active: false, waiting: 0, conflicts: 0 };

export function derivePhase(facts: StatusFacts): SyncPhase {
  if (!facts.enrolled) return 'notEnrolled';
  if (facts.fatal) return 'error';
  if (!facts.networkUp || !facts.reachable) return 'offline';
  if (facts.refused.size > 0) return 'error';
  if (facts.active) return 'syncing';
  return 'idle';
}

export function statusOf(facts: StatusFacts): SyncStatus {
  const status: SyncStatus = {
    phase: derivePhase(facts),
    online: facts.networkUp && facts.reachable,
    waiting: facts.waiting,
    conflicts: facts.conflicts,
  };
  if (facts.lastSyncedAt) status.lastSyncedAt = facts.lastSyncedAt;
  if (facts.lastError) status.lastError = { ...facts.lastError };
  if (facts.initialPull) status.initialPull = { ...facts.initialPull };
  if (facts.problemRecords && facts.problemRecords.length > 0) status.problemRecords = [...facts.problemRecords];
  return status;
}

export interface StatusStore {
  get(): SyncStatus;
  facts(): StatusFacts;
  update(patch: Partial<StatusFacts>): void;
  subscribe(listener: (status: SyncStatus) => void): () => void;
}

export function createStatusStore(): StatusStore {
  let facts: StatusFacts = { ...initialFacts };
  let status = statusOf(facts);
  const listeners = new Set<(status: SyncStatus) => void>();
  return {
    get: () => status,
    facts: () => facts,
    update(patch) {
      facts = { ...facts, ...patch };
      const next = statusOf(facts);
      if (JSON.stringify(next) === JSON.stringify(status)) return;
      status = next;
      for (const listener of [...listeners]) listener(status);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
