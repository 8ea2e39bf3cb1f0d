// The pages around the form: 新建 (committee defaulted from the township) and 修改 (the record loaded first).
import { useCallback } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import { committeeNameOf } from '#shared/domain/reference/townships';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useReferenceLabels } from '../../app/useReference';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { mediationValuesOf, newMediationValues } from './form-values';
import { MediationForm } from './MediationForm';
import { useToday } from '../../app/useToday';

export function MediationNewPage() {
  const { township } = useDeviceSettings();
  const disputeTypes = useReferenceLabels('disputeType');
  const today = useToday();
  if (!disputeTypes.loaded) return <LoadingState />;
  const committee = township?.details.text ?? (township ? committeeNameOf(township.name) : '');
  return <MediationForm defaultValues={newMediationValues(committee, today)} disputeTypeLabels={disputeTypes.active} />;
}

export function MediationEditPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const disputeTypes = useReferenceLabels('disputeType');
  const load = useCallback(() => store.ledger.get('mediationCase', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  if (error !== undefined) return <Alert severity="error">读取案件失败：{describeError(error).message}</Alert>;
  if (loading || !disputeTypes.loaded) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这个调解案件，可能已被删除。</Alert>;
  // An old record may use a dispute type the county has since retired: keep it selectable.
  const labels = { ...disputeTypes.active, [record.disputeType]: disputeTypes.all[record.disputeType] ?? record.disputeType };
  return <MediationForm key={record.id} record={record} defaultValues={mediationValuesOf(record)} disputeTypeLabels={labels} />;
}
