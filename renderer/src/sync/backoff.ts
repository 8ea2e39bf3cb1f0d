// When to try the county server again after a failure: exponential backoff with jitter, and a
// gate every request passes through, so all collections and the stream back off together,
// 立即同步 / the network coming back opens it at once, and stop() releases every waiter.
import type { SyncProblem } from './contract';

export interface BackoffPolicy {
  /** First wait after a failure. */
  initialMs: number;
  /** Longest wait (a township PC may be offline for weeks: a few minutes keeps retries cheap). */
  maxMs: number;
  /** Growth per consecutive failure. */
  factor: number;
  /** Share of the wait drawn at random (0–1), so many PCs do not retry in step after an outage. */
  jitter: number;
}

export const defaultBackoff: BackoffPolicy = { initialMs: 2_000, maxMs: 5 * 60_000, factor: 2, jitter: 0.5 };

/** Wait before retry number `attempt` (0 = after the first failure). */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, attempt));
  return Math.round(ceiling * (1 - policy.jitter * random()));
}

/** Thrown to waiters when the sync stops: RxDB's retry loop then sees the replication canceled. */
export class SyncStoppedError extends Error {
  constructor() {
    super('SYNC_STOPPED: 同步已停止');
  }
}

export interface RetryGate {
  /** Resolves when a request may go out: now, after the backoff, or when opened; rejects once stopped. */
  pass(): Promise<void>;
  succeeded(): void;
  /** A failure retrying will mend (network, 5xx, 429): wait longer each time. */
  failed(): void;
  /** A failure retrying will not mend (revoked, too old): wait until `open()`. */
  block(problem: SyncProblem): void;
  blocked(): SyncProblem | undefined;
  /** 立即同步, network back: forget the backoff and the block, wake every waiter. */
  open(): void;
  close(): void;
}

export function createRetryGate(policy: BackoffPolicy, now: () => number = Date.now, random: () => number = Math.random): RetryGate {
  let attempts = 0;
  let until = 0;
  let block: SyncProblem | undefined;
  let closed = false;
  const wakers = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of [...wakers]) wake();
  };

  function waitFor(ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      function done() {
        if (timer !== undefined) clearTimeout(timer);
        wakers.delete(done);
        resolve();
      }
      wakers.add(done);
    });
  }

  return {
    async pass() {
      for (;;) {
        if (closed) throw new SyncStoppedError();
        if (block) {
          await waitFor(undefined);
          continue;
        }
        const left = until - now();
        if (left <= 0) return;
        await waitFor(left);
      }
    },
    succeeded() {
      attempts = 0;
      until = 0;
    },
    failed() {
      until = now() + backoffDelay(attempts, policy, random);
      attempts += 1;
    },
    block(problem) {
      block = problem;
    },
    blocked: () => block,
    open() {
      attempts = 0;
      until = 0;
      block = undefined;
      wakeAll();
    },
    close() {
      closed = true;
      wakeAll();
    },
  };
}
