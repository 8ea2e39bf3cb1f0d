// Per-record sync state (已同步 / 待同步 / 有冲突 / 有问题的记录) for the rows on screen, asked of the sync client
// for the visible page only and asked again whenever the sync status moves. Nothing (null) when
// this device is not enrolled: a list then looks as it did before sync existed.
import { useEffect, useMemo, useState } from 'react';
import { Chip } from '@mui/material';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { RecordSyncState } from '../../sync/contract';
import { useSync } from '../../sync/SyncContext';

export function useRecordSyncStates(kind: LedgerKind | undefined, ids: readonly string[]): Map<string, RecordSyncState> | null {
  const { client, status } = useSync();
  const enrolled = Boolean(client && kind) && status.phase !== 'notEnrolled';
  // What can change a row's state: a push confirmed (waiting), a pull finished (lastSyncedAt), a conflict found or resolved.
  const moment = `${status.phase}|${status.waiting}|${status.conflicts}|${status.lastSyncedAt ?? ''}|${status.problemRecords?.length ?? 0}`;
  const idsKey = ids.join(',');
  const [loaded, setLoaded] = useState<{ key: string; states: Map<string, RecordSyncState> } | null>(null);
  const key = `${kind}|${idsKey}`;
  useEffect(() => {
    if (!enrolled || !client || !kind || idsKey === '') return undefined;
    let live = true;
    client.recordStates(kind, idsKey.split(',')).then(
      (states) => live && setLoaded({ key, states }),
      (error: unknown) => console.warn('SYNC_RECORD_STATES_FAILED: 读取记录同步状态失败', error),
    );
    return () => { live = false; };
  }, [enrolled, client, kind, idsKey, key, moment]);
  return useMemo(() => {
    if (!enrolled) return null;
    // Rows of a new page show no chip until their states arrive, never the previous page's.
    return loaded?.key === key ? loaded.states : new Map<string, RecordSyncState>();
  }, [enrolled, loaded, key]);
}

const stateChips: Record<RecordSyncState, { label: string; color: 'success' | 'default' | 'error' }> = {
  synced: { label: '已同步', color: 'success' },
  waiting: { label: '待同步', color: 'default' },
  conflict: { label: '有冲突', color: 'error' },
  problem: { label: '有问题的记录', color: 'error' },
};

/** A 有问题的记录 says on hover why it is kept back (the sync status's Chinese message). */
export function RecordSyncChip({ state, recordId }: { state: RecordSyncState | undefined; recordId: string }) {
  const { status } = useSync();
  if (!state) return null;
  const { label, color } = stateChips[state];
  const reason = state === 'problem' ? status.problemRecords?.find((record) => record.recordId === recordId)?.message : undefined;
  return <Chip size="small" variant="outlined" color={color} label={label} title={reason} data-testid="record-sync-state" />;
}
