// The pages around the form: 新建 (立案 today) and 修改 (the record loaded first). Both wait for the rule
// context and the officer register, so the form never checks officers against an empty list.
import { useCallback } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { EnforcementForm } from './EnforcementForm';
import { enforcementValuesOf, newEnforcementValues } from './form-values';
import { useEnforcementRules } from './useEnforcementRules';
import { useToday } from '../../app/useToday';

const noOfficers: string[] = [];

function FormWithRules({ record }: { record?: EnforcementCase }) {
  const today = useToday();
  const { data: rules, error } = useEnforcementRules(record?.officerIds ?? noOfficers);
  // A failed re-read (after a sync) keeps the form and what was typed; only a first read's failure shows.
  if (!rules) return error === undefined ? <LoadingState /> : <Alert severity="error">读取执法人员名录失败：{describeError(error).message}</Alert>;
  const defaultValues = record ? enforcementValuesOf(record) : newEnforcementValues(today);
  return <EnforcementForm key={record?.id ?? 'new'} record={record} defaultValues={defaultValues} rules={rules} />;
}

export function EnforcementNewPage() {
  return <FormWithRules />;
}

export function EnforcementEditPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const load = useCallback(() => store.ledger.get('enforcementCase', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  if (error !== undefined) return <Alert severity="error">读取案件失败：{describeError(error).message}</Alert>;
  if (loading) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这个执法案件，可能已被删除。</Alert>;
  return <FormWithRules record={record} />;
}
