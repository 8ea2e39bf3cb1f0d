// What the shared rules say about a saved record, shown on its detail page: warnings (a clock missed, a
// hearing window not waited out …) stay visible for as long as they hold, not only beside the save
// button; and a record saved before a rule existed, or received from another PC, shows what it now
// breaks, so the official corrects it at the next 修改.
import { useMemo } from 'react';
import { Alert, AlertTitle } from '@mui/material';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { IssueList } from '../components/form/IssueSummary';
import type { FieldLabels } from '../components/form/field-labels';
import { draftOnly } from '../store/managed-fields';
import { useRuleValidation } from './useRuleValidation';

export interface RecordIssuesProps<K extends LedgerKind> {
  kind: K;
  record: LedgerRecordByKind[K];
  fieldLabels: FieldLabels;
}

export function RecordIssues<K extends LedgerKind>({ kind, record, fieldLabels }: RecordIssuesProps<K>) {
  const validate = useRuleValidation(kind, record.id);
  const issues = useMemo(() => validate(draftOnly(record)), [validate, record]);
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="record-errors">
          <AlertTitle>按现行规定，此记录有 {errors.length} 处需要更正（下次修改保存前须改正）</AlertTitle>
          <IssueList issues={errors} fieldLabels={fieldLabels} />
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="record-warnings">
          <AlertTitle>请留意：此记录有 {warnings.length} 条提醒</AlertTitle>
          <IssueList issues={warnings} fieldLabels={fieldLabels} />
        </Alert>
      )}
    </>
  );
}
