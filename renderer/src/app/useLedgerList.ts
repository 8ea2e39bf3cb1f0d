// What a ledger's ListPage reads from the store: its pages, its changes (so the open list follows
// saves in other windows and records received by sync), its kind for the 同步 column, and what the
// rules hold against each row for the 提醒 column.
import { useCallback } from 'react';
import type { DomainIssue } from '#shared/domain/rules/issue';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { LoadedPage } from '../components/list/useKeysetPages';
import type { ListQuery } from '../store/contract';
import { draftOnly } from '../store/managed-fields';
import { useAppStore } from './store-context';
import { useRuleValidation } from './useRuleValidation';

export interface LedgerListSource<K extends LedgerKind> {
  load: (query: ListQuery) => Promise<LoadedPage<LedgerRecordByKind[K]>>;
  watch: (listener: () => void) => () => void;
  syncKind: K;
  rowIssues: (row: LedgerRecordByKind[K]) => readonly DomainIssue[];
}

export function useLedgerList<K extends LedgerKind>(kind: K): LedgerListSource<K> {
  const store = useAppStore();
  const load = useCallback((query: ListQuery) => store.ledger.list(kind, query), [store, kind]);
  const watch = useCallback((listener: () => void) => store.ledger.watch(kind, listener), [store, kind]);
  const validate = useRuleValidation(kind);
  // Trashed rows (回收站) owe nothing; the rest are checked as their detail page checks them.
  const rowIssues = useCallback((row: LedgerRecordByKind[K]) => (row.trashed ? [] : validate(draftOnly(row), row.id)), [validate]);
  return { load, watch, syncKind: kind, rowIssues };
}
