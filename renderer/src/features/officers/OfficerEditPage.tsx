// The pages around the officer form: 新建 (unit defaulted from the township) and 修改 (the record loaded first).
import { useCallback } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { defaultUnitOf, newOfficerValues, officerValuesOf } from './form-values';
import { OfficerForm } from './OfficerForm';

export function OfficerNewPage() {
  const { township } = useDeviceSettings();
  return <OfficerForm defaultValues={newOfficerValues(defaultUnitOf(township?.name))} />;
}

export function OfficerEditPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const load = useCallback(() => store.ledger.get('officer', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  if (error !== undefined) return <Alert severity="error">读取执法人员失败：{describeError(error).message}</Alert>;
  if (loading) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这名执法人员，可能已被删除。</Alert>;
  return <OfficerForm key={record.id} record={record} defaultValues={officerValuesOf(record)} />;
}
