// The pages around the study form: 新建 (organiser defaulted from the township) and 修改 (the record loaded first).
import { useCallback } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useReferenceEntries } from '../../app/useReference';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { newStudyValues, studyValuesOf } from './form-values';
import { StudyForm } from './StudyForm';
import { useOfficers } from './useOfficers';
import { useToday } from '../../app/useToday';

function useFormLists() {
  const laws = useReferenceEntries('law');
  const officers = useOfficers();
  return { laws: laws.entries, officers: officers.officers, error: laws.error ?? officers.error };
}

export function StudyNewPage() {
  const { township } = useDeviceSettings();
  const lists = useFormLists();
  const today = useToday();
  if (lists.error !== undefined) return <Alert severity="error">读取法律法规目录或执法人员失败：{describeError(lists.error).message}</Alert>;
  if (!lists.laws || !lists.officers) return <LoadingState />;
  const organiser = township ? `${township.name}人民政府` : '';
  return <StudyForm defaultValues={newStudyValues(organiser, today)} laws={lists.laws} officers={lists.officers} />;
}

export function StudyEditPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const lists = useFormLists();
  const load = useCallback(() => store.ledger.get('studySession', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  const failure = error ?? lists.error;
  if (failure !== undefined) return <Alert severity="error">读取学法记录失败：{describeError(failure).message}</Alert>;
  if (loading || !lists.laws || !lists.officers) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这条学法记录，可能已被删除。</Alert>;
  return <StudyForm key={record.id} record={record} defaultValues={studyValuesOf(record)} laws={lists.laws} officers={lists.officers} />;
}
