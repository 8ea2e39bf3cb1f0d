// The pages around the review form: 新建 (reviewed unit defaulted to the township's enforcement office)
// and 修改 (the review and its case loaded first, so the picker names the party).
import { useCallback } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { newReviewValues, reviewValuesOf } from './form-values';
import { ReviewForm } from './ReviewForm';
import { useToday } from '../../app/useToday';

export function ReviewNewPage() {
  const { township } = useDeviceSettings();
  const today = useToday();
  const unit = township ? `${township.name}综合行政执法办公室` : '';
  return <ReviewForm defaultValues={newReviewValues(unit, today)} />;
}

export function ReviewEditPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const load = useCallback(async () => {
    const record = await store.ledger.get('caseReview', id);
    const reviewed = record ? await store.ledger.get('enforcementCase', record.enforcementCaseId) : null;
    return record ? { record, partyName: reviewed?.party.name ?? '' } : null;
  }, [store, id]);
  const { data, error, loading } = useAsync(load);
  if (error !== undefined) return <Alert severity="error">读取案卷评查失败：{describeError(error).message}</Alert>;
  if (loading) return <LoadingState />;
  if (!data) return <Alert severity="warning">找不到这条案卷评查记录，可能已被删除。</Alert>;
  return <ReviewForm key={data.record.id} record={data.record} defaultValues={reviewValuesOf(data.record, data.partyName)} />;
}
