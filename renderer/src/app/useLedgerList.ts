// What a ledger's ListPage reads from the store: its pages, its changes (so the open list follows
// saves in other windows and records received by sync), and its kind for the 同步 column.
import { useCallback } from 'react';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { LoadedPage } from '../components/list/useKeysetPages';
import type { ListQuery } from '../store/contract';
import { useAppStore } from './store-context';

export interface LedgerListSource<K extends LedgerKind> {
  load: (query: ListQuery) => Promise<LoadedPage<LedgerRecordByKind[K]>>;
  watch: (listener: () => void) => () => void;
  syncKind: K;
}

export function useLedgerList<K extends LedgerKind>(kind: K): LedgerListSource<K> {
  const store = useAppStore();
  const load = useCallback((query: ListQuery) => store.ledger.list(kind, query), [store, kind]);
  const watch = useCallback((listener: () => void) => store.ledger.watch(kind, listener), [store, kind]);
  return { load, watch, syncKind: kind };
}
