// A page of one record whose route has `:id` (a 文书's print view, the 卷宗): it reads the record of `kind`
// from the store and, once read, shows `render(record, params)`; while reading, a failure and a record that
// is gone (deleted elsewhere, or a stale link) each say so in Chinese.
import { useCallback, type ReactNode } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { useAsync } from '../components/async/useAsync';
import { describeError } from '../components/feedback/describe-error';
import { LoadingState } from '../components/feedback/LoadingState';
import { useAppStore } from './store-context';

export function recordPage<K extends LedgerKind>(kind: K, render: (record: LedgerRecordByKind[K], params: Readonly<Record<string, string | undefined>>) => ReactNode) {
  return function RecordPage() {
    const params = useParams<Record<string, string | undefined>>();
    const id = params.id ?? '';
    const store = useAppStore();
    const load = useCallback(() => store.ledger.get(kind, id), [store, id]);
    const { data: record, error, loading } = useAsync(load);
    if (error !== undefined) return <Alert severity="error">读取记录失败：{describeError(error).message}</Alert>;
    if (loading && !record) return <LoadingState />;
    if (!record) return <Alert severity="warning">找不到这条记录，可能已被删除。</Alert>;
    return render(record, params);
  };
}
