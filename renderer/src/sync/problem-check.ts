// [C11] 有问题的记录 of a running session: re-read from the set-aside stores after each change and
// each waiting count, one check at a time; the status lists them and recordStates marks them.
import type { CollectionName, LedgerKind } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from '../store/database';
import { isLedgerKind } from './conflict-handler';
import type { ProblemRecord } from './contract';
import { problemRecordsOf } from './problem-records';
import type { SetAsideStore } from './set-aside-store';

export interface ProblemCheckDeps {
  db: TaizhangDatabase;
  stores(): ReadonlyMap<CollectionName, SetAsideStore>;
  found(records: ProblemRecord[]): void;
}

export interface ProblemCheck {
  check(): void;
  /** Whether the last check found this record. */
  has(kind: LedgerKind, id: string): boolean;
  /** Resolves once the check under way ended; none runs after. */
  stop(): Promise<void>;
}

export function createProblemCheck(deps: ProblemCheckDeps): ProblemCheck {
  const ids = new Map<string, Set<string>>();
  let stopped = false;
  let checking: Promise<void> = Promise.resolve();
  const checkOnce = async (): Promise<void> => {
    if (stopped) return;
    const found: ProblemRecord[] = [];
    for (const [name, store] of deps.stores()) {
      if (!isLedgerKind(name)) continue;
      found.push(...(await problemRecordsOf(name, deps.db[name] as never, await store.records())));
    }
    if (stopped) return;
    ids.clear();
    for (const record of found) ids.set(record.kind, (ids.get(record.kind) ?? new Set()).add(record.recordId));
    deps.found(found);
  };
  return {
    check() {
      checking = checking.then(checkOnce).catch((error: unknown) => console.warn('SYNC_PROBLEM_RECORDS_FAILED: 读取有问题的记录失败', error));
    },
    has: (kind, id) => ids.get(kind)?.has(id) ?? false,
    async stop() {
      stopped = true;
      await checking;
    },
  };
}
