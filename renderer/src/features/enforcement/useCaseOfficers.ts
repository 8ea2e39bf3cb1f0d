// The officers a case names, read one by one (a case names two or three), so the detail page can show
// their certificates even when one has since been deleted.
import { useCallback } from 'react';
import type { Officer } from '#shared/domain/schemas/officer';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';

export function useCaseOfficers(officerIds: readonly string[]) {
  const store = useAppStore();
  const key = officerIds.join(',');
  const load = useCallback(async (): Promise<{ id: string; officer: Officer | null }[]> => {
    const ids = key ? key.split(',') : [];
    const found = await Promise.all(ids.map((id) => store.ledger.get('officer', id)));
    return ids.map((id, index) => ({ id, officer: found[index] ?? null }));
  }, [store, key]);
  return useAsync(load);
}
