// One enforcement case: its stage progress, the statutory clocks with their legal basis, every field,
// its history; 修改 and 删除 (→ 回收站).
import { useCallback, useMemo } from 'react';
import { Alert, Chip } from '@mui/material';
import { useParams } from 'wouter';
import { deadlinesOf } from '#shared/domain/by-kind/deadlines';
import { discretionLevelLabels, enforcementCategoryLabels, procedureLabels } from '#shared/domain/labels';
import { useAppStore } from '../../app/store-context';
import { useReferenceEntries } from '../../app/useReference';
import { useWorkingCalendar } from '../../app/useWorkingCalendar';
import { RecordActions } from '../../app/RecordActions';
import { DocumentsMenu } from '../documents/DocumentsMenu';
import { RecordIssues } from '../../app/RecordIssues';
import { useRecordHistory } from '../../app/useRecordHistory';
import { useAsync } from '../../components/async/useAsync';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { DeadlineList } from '../../components/detail/DeadlineList';
import { DetailLayout, DetailSection } from '../../components/detail/DetailLayout';
import { ProvisionalNumberNotice } from '../../components/detail/ProvisionalNumberNotice';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { HistoryPanel } from '../../components/detail/HistoryPanel';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { DecisionDetails, OfficersDetails, PartyDetails, RecordingsDetails } from './EnforcementDetailSections';
import { ProcedureDetails } from './ProcedureDetails';
import { StageChip } from './EnforcementListPage';
import { enforcementFieldLabels, enforcementValueLabels } from '#shared/domain/fields/enforcement-case';
import { StageProgress } from './StageProgress';
import { useToday } from '../../app/useToday';

export function EnforcementDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const calendar = useWorkingCalendar();
  const { entries: powerItems } = useReferenceEntries('powerItem');
  const today = useToday();
  const load = useCallback(() => store.ledger.get('enforcementCase', id), [store, id]);
  const { data: record, error, loading, reload } = useAsync(load);
  // Reloaded with the record, so an attachment added on this page shows in 修改记录 at once.
  const updatedAt = record?.updatedAt;
  const history = useRecordHistory(id, updatedAt);
  const deadlines = useMemo(
    () => (record && calendar ? deadlinesOf('enforcementCase', record, calendar, today) : []),
    [record, calendar, today],
  );

  if (error !== undefined) return <Alert severity="error">读取案件失败：{describeError(error).message}</Alert>;
  if (loading && !record) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这个执法案件，可能已被删除。</Alert>;
  const powerItem = powerItems?.find((item) => item.id === record.powerItemId);

  return (
    <DetailLayout
      title={`执法案件 ${record.caseNumber}`}
      subtitle={<>
        {enforcementCategoryLabels[record.category]} · {procedureLabels[record.procedure]} · 立案于 {record.stages.filedOn} · <StageChip stage={record.stage} />
        {record.major && <Chip component="span" size="small" color="warning" label="重大执法决定" sx={{ ml: 1 }} />}
      </>}
      actions={record.trashed ? undefined : (
        <>
          <DocumentsMenu kind="enforcementCase" record={record} />
          <RecordActions kind="enforcementCase" recordId={record.id} trashTitle="删除执法案件" trashMessage={`确定删除 ${record.caseNumber}？案件将移入回收站，可在「回收站」恢复。`} />
        </>
      )}
      notices={record.trashed
        ? <Alert severity="warning" sx={{ mb: 2 }}>此案件在回收站中，可在「回收站」恢复。</Alert>
        : <><ProvisionalNumberNotice caseNumber={record.caseNumber} /><RecordIssues kind="enforcementCase" record={record} fieldLabels={enforcementFieldLabels} history={history} /></>}
      history={<HistoryPanel load={history.load} fieldLabels={enforcementFieldLabels} valueLabels={enforcementValueLabels} />}
    >
      <DetailSection title="办理进度">
        <StageProgress stages={record.stages} current={record.stage} />
      </DetailSection>
      <DetailSection title="法定期限">
        <DeadlineList deadlines={deadlines} emptyText="此案件暂无需要提醒的法定期限" />
      </DetailSection>
      <DetailSection title="基本情况">
        <FieldGrid items={[
          { label: '案号', value: record.caseNumber },
          { label: '执法类别', value: enforcementCategoryLabels[record.category] },
          { label: '程序类型', value: procedureLabels[record.procedure] },
          { label: '权责清单事项', value: record.powerItemId ? (powerItem?.name ?? record.powerItemId) : undefined, wide: true },
          { label: '执法事项', value: record.matter, wide: true },
          { label: '法律依据', value: record.legalBasis, wide: true },
          { label: '裁量基准', value: record.discretionLevel ? discretionLevelLabels[record.discretionLevel] : undefined },
        ]} />
      </DetailSection>
      <PartyDetails record={record} />
      <OfficersDetails record={record} today={today} />
      <ProcedureDetails record={record} />
      <DecisionDetails record={record} />
      <RecordingsDetails record={record} />
      <AttachmentsSection kind="enforcementCase" record={record} onChanged={reload} />
    </DetailLayout>
  );
}
