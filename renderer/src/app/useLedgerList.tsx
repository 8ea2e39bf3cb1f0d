// What a ledger's ListPage reads from the store: its pages, its changes (so the open list follows
// saves in other windows and records received by sync), its kind for the 同步 column, what the
// rules hold against each row for the 提醒 column, and 导出 Excel when the kind has an official 台账.
import { useCallback, type ReactNode } from 'react';
import { describeKind } from '#shared/domain/kinds/index';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { ListView } from '../components/list/ListPage';
import type { LoadedPage } from '../components/list/useKeysetPages';
import type { CountQuery, ListQuery } from '../store/contract';
import { draftOnly } from '../store/managed-fields';
import { LedgerExportButton } from './LedgerExportButton';
import { LedgerImportButton } from './LedgerImportButton';
import { useAppStore } from './store-context';
import { useRuleValidation } from './useRuleValidation';

export interface LedgerListSource<K extends LedgerKind> {
  load: (query: ListQuery) => Promise<LoadedPage<LedgerRecordByKind[K]>>;
  count: (query: CountQuery) => Promise<number | undefined>;
  watch: (listener: () => void) => () => void;
  syncKind: K;
  rowIssues: (row: LedgerRecordByKind[K]) => readonly DomainIssue[];
  /** 导出 Excel of what the list shows; absent for a kind with no official 台账 columns. */
  exportAction?: (view: ListView) => ReactNode;
  /** 导入 Excel; absent for a kind that describes no import. */
  importAction?: ReactNode;
}

export function useLedgerList<K extends LedgerKind>(kind: K): LedgerListSource<K> {
  const store = useAppStore();
  const load = useCallback((query: ListQuery) => store.ledger.list(kind, query), [store, kind]);
  const count = useCallback((query: CountQuery) => store.ledger.count(kind, query), [store, kind]);
  const watch = useCallback((listener: () => void) => store.ledger.watch(kind, listener), [store, kind]);
  const validate = useRuleValidation(kind);
  // Trashed rows (回收站) owe nothing; the rest are checked as their detail page checks them.
  const rowIssues = useCallback((row: LedgerRecordByKind[K]) => (row.trashed ? [] : validate(draftOnly(row), row.id)), [validate]);
  const exportAction = useCallback((view: ListView) => <LedgerExportButton kind={kind} view={view} />, [kind]);
  const { ledgerColumns, ledgerImport } = describeKind(kind);
  return {
    load, count, watch, syncKind: kind, rowIssues,
    ...(ledgerColumns ? { exportAction } : {}),
    ...(ledgerImport ? { importAction: <LedgerImportButton kind={kind} /> } : {}),
  };
}
