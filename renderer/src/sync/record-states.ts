// 同步状态 of each record a list shows: 冲突 before 有问题 before 待同步 before 已同步.
import type { RecordSyncState } from './contract';

export interface RecordFacts {
  conflicted: ReadonlySet<string>;
  problem(id: string): boolean;
  /** Ids the server has not confirmed; undefined when unknown (then every record waits). */
  unconfirmed: ReadonlySet<string> | undefined;
}

export function recordStatesOf(ids: readonly string[], facts: RecordFacts): Map<string, RecordSyncState> {
  const result = new Map<string, RecordSyncState>();
  for (const id of ids) {
    const waiting = !facts.unconfirmed || facts.unconfirmed.has(id);
    result.set(id, facts.conflicted.has(id) ? 'conflict' : facts.problem(id) ? 'problem' : waiting ? 'waiting' : 'synced');
  }
  return result;
}
