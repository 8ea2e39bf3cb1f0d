// A record's 修改记录 as its detail page shares it: the history panel and the warnings (which read
// acknowledgements from it) load the same entries and reload together after an acknowledgement.
import { useCallback, useState } from 'react';
import type { RecordHistory } from '#shared/domain/schemas/index';
import { useAppStore } from './store-context';

export interface RecordHistoryHandle {
  /** Memoised: a new function after the record changed or `reload` was called. */
  load: () => Promise<RecordHistory[]>;
  reload: () => void;
}

/** `updatedAt`: the loaded record's, so an edit (an attachment added here) reloads the history; undefined while it loads. */
export function useRecordHistory(id: string, updatedAt: string | undefined): RecordHistoryHandle {
  const store = useAppStore();
  const [generation, setGeneration] = useState(0);
  // `generation` is there only to make a new function after `reload`, so useAsync loads again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => (updatedAt === undefined ? Promise.resolve([]) : store.ledger.history(id)), [store, id, updatedAt, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { load, reload };
}
