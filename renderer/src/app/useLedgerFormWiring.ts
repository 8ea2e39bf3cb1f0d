// What every ledger form does around its fields: save as a new record or over the one being
// edited (as the official named in settings), then go to the record; cancel goes back.
import { useLocation } from 'wouter';
import type { Draft } from '#shared/domain/draft';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { SaveResult } from '../store/contract';
import { listHref, recordHref } from '#shared/domain/kinds/index';
import { useActor } from './settings-context';
import { useAppStore } from './store-context';

export interface LedgerFormWiring<K extends LedgerKind> {
  save: (draft: Draft<K>) => Promise<SaveResult<K>>;
  onSaved: (saved: LedgerRecordByKind[K]) => void;
  onCancel: () => void;
}

export function useLedgerFormWiring<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K] | undefined): LedgerFormWiring<K> {
  const store = useAppStore();
  const actor = useActor();
  const [, navigate] = useLocation();
  return {
    save: (draft) => (record ? store.ledger.update(kind, record.id, draft, actor) : store.ledger.create(kind, draft, actor)),
    onSaved: (saved) => navigate(recordHref(kind, saved.id), { replace: true }),
    onCancel: () => navigate(record ? recordHref(kind, record.id) : listHref(kind)),
  };
}
