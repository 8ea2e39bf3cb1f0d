// What the shared rules say about a saved record, shown on its detail page: warnings (a clock missed, a
// hearing window not waited out …) stay visible for as long as they hold, not only beside the save
// button; and a record saved before a rule existed, or received from another PC, shows what it now
// breaks, so the official corrects it at the next 修改. A warning can be acknowledged (确认知悉) with
// a reason kept in 修改记录; it then shows as acknowledged, by whom and why, instead of as open.
import { useMemo, useState } from 'react';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { acknowledgementKey, acknowledgementsOf } from '#shared/domain/rules/acknowledgement';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { useAsync } from '../components/async/useAsync';
import { IssueList } from '../components/form/IssueSummary';
import { labelOfField, type FieldLabels } from '../components/form/field-labels';
import { draftOnly } from '../store/managed-fields';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { useActor } from './settings-context';
import { useAppStore } from './store-context';
import type { RecordHistoryHandle } from './useRecordHistory';
import { useRuleValidation } from './useRuleValidation';

export interface RecordIssuesProps<K extends LedgerKind> {
  kind: K;
  record: LedgerRecordByKind[K];
  fieldLabels: FieldLabels;
  history: RecordHistoryHandle;
}

const when = (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false });

export function RecordIssues<K extends LedgerKind>({ kind, record, fieldLabels, history }: RecordIssuesProps<K>) {
  const store = useAppStore();
  const actor = useActor();
  const validate = useRuleValidation(kind, record.id);
  const entries = useAsync(history.load);
  const [acknowledging, setAcknowledging] = useState<DomainIssue | null>(null);
  const issues = useMemo(() => validate(draftOnly(record)), [validate, record]);
  const acknowledged = useMemo(() => acknowledgementsOf(entries.data ?? []), [entries.data]);
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const open = warnings.filter((issue) => !acknowledged.has(acknowledgementKey(issue)));
  const answered = warnings.flatMap((issue) => {
    const found = acknowledged.get(acknowledgementKey(issue));
    return found ? [{ issue, found }] : [];
  });
  const acknowledge = async (warning: DomainIssue, reason: string) => {
    const result = await store.ledger.acknowledge(kind, record.id, warning, reason, actor);
    if (!result.ok) return result.issues;
    history.reload();
    return [];
  };
  return (
    <>
      {errors.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="record-errors">
          <AlertTitle>按现行规定，此记录有 {errors.length} 处需要更正（下次修改保存前须改正）</AlertTitle>
          <IssueList issues={errors} fieldLabels={fieldLabels} />
        </Alert>
      )}
      {open.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="record-warnings">
          <AlertTitle>请留意：此记录有 {open.length} 条提醒</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {open.map((issue) => (
              <li key={acknowledgementKey(issue)}>
                {issue.field && <strong>{labelOfField(issue.field, fieldLabels)}：</strong>}
                {issue.message}
                {!record.trashed && (
                  <Button size="small" sx={{ ml: 1, py: 0 }} onClick={() => setAcknowledging(issue)} aria-label={`确认知悉：${issue.message}`}>
                    确认知悉
                  </Button>
                )}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {answered.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="record-acknowledged">
          <AlertTitle>已确认知悉的提醒（{answered.length}）</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {answered.map(({ issue, found }) => (
              <li key={acknowledgementKey(issue)}>
                {issue.message} —— {found.person || '（未署名）'} 于 {when(found.at)} 确认：{found.reason}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <AcknowledgeDialog warning={acknowledging} onAcknowledge={acknowledge} onClose={() => setAcknowledging(null)} />
    </>
  );
}
