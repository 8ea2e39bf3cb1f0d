// What a 基础数据 section does with its kind: reads the entries (again whenever reference data changes on
// this PC — saved here or pulled from the county server), and saves changed entries, a failure becoming
// the section's Chinese message.
import { useCallback } from 'react';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { ReferenceKind } from '#shared/domain/schemas/reference-data';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useClock } from '../../app/useToday';
import { useAsync } from '../../components/async/useAsync';
import { useFollowStore } from '../../app/useFollowStore';
import type { Actor } from '../../store/contract';
import { changedEntry, type EntryChanges } from './changed-entry';
import { useSaveAction } from './useSaveAction';

export interface ReferenceKindState {
  entries: ReferenceData[] | undefined;
  error: unknown;
  actor: Actor;
  /** Stores the entries and reads the kind again; throws when the store refuses (for a dialog to show). */
  store: (entries: ReferenceData[]) => Promise<void>;
  /** Like `store`, but a failure is kept in `failure` (for a button on the row itself). */
  change: (entries: ReferenceData[]) => Promise<boolean>;
  failure: string | null;
  /** A changed copy of an entry, stamped with this official and the store's clock. */
  stamped: (entry: ReferenceData, changes: EntryChanges) => ReferenceData;
}

const followReference = { reference: true } as const;

export function useReferenceKind(kind: ReferenceKind): ReferenceKindState {
  const appStore = useAppStore();
  const actor = useActor();
  const clock = useClock();
  const load = useCallback(() => appStore.reference.list(kind), [appStore, kind]);
  const { data: entries, error, reload } = useAsync(load);
  useFollowStore(reload, followReference);
  const { failure, run } = useSaveAction();
  const store = useCallback(async (changed: ReferenceData[]) => {
    await appStore.reference.upsert(changed);
    reload();
  }, [appStore, reload]);
  const change = useCallback((changed: ReferenceData[]) => run(() => store(changed)), [run, store]);
  const stamped = useCallback((entry: ReferenceData, changes: EntryChanges) => changedEntry(entry, changes, actor, clock()), [actor, clock]);
  return { entries, error, actor, store, change, failure, stamped };
}
