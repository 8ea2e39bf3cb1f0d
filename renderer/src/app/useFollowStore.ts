// An open screen follows what it read from the store: when reference data or the named ledgers change —
// saved here, in another window, or pulled from the county server — it reads them again (gathered, as a
// list does). The last good result stays on screen while reading, so an open form keeps what was typed.
import { useCallback } from 'react';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { useReloadOnChange } from '../components/list/useReloadOnChange';
import { useAppStore } from './store-context';

export interface FollowedChanges {
  /** The county's reference data (权责清单, 法律法规目录, calendar, settings …). */
  reference?: boolean;
  ledgers?: readonly LedgerKind[];
}

export function useFollowStore(reload: () => void, { reference = false, ledgers = [] }: FollowedChanges): void {
  const store = useAppStore();
  const ledgerKey = ledgers.join(',');
  const watch = useCallback((listener: () => void) => {
    const stops = [
      ...(reference ? [store.reference.watch(listener)] : []),
      ...(ledgerKey ? ledgerKey.split(',') as LedgerKind[] : []).map((kind) => store.ledger.watch(kind, listener)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [store, reference, ledgerKey]);
  useReloadOnChange(watch, reload);
}
