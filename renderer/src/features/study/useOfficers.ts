// The township's officers (not in the recycle bin), for linking study participants to officer records.
import { useCallback } from 'react';
import type { Officer } from '#shared/domain/schemas/index';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { useFollowStore } from '../../app/useFollowStore';

/** More officers than a township ever has (the rule context reads the same many). */
const OFFICER_LIMIT = 1000;

const followOfficers = { ledgers: ['officer'] } as const;

export function useOfficers(): { officers: Officer[] | undefined; error: unknown } {
  const store = useAppStore();
  const load = useCallback(async () => (await store.ledger.list('officer', { pageSize: OFFICER_LIMIT })).rows, [store]);
  const { data, error, reload } = useAsync(load);
  useFollowStore(reload, followOfficers);
  return { officers: data, error: data === undefined ? error : undefined };
}
