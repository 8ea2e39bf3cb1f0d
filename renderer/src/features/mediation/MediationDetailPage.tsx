// One mediation case: every field, its statutory clocks, its history; 修改 and 删除 (→ 回收站).
import { useCallback, useMemo } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import { deadlinesOf } from '#shared/domain/by-kind/deadlines';
import { mediationSourceLabels } from '#shared/domain/labels';
import { useAppStore } from '../../app/store-context';
import { useReferenceLabels } from '../../app/useReference';
import { useWorkingCalendar } from '../../app/useWorkingCalendar';
import { RecordIssues } from '../../app/RecordIssues';
import { useRecordHistory } from '../../app/useRecordHistory';
import { RecordActions } from '../../app/RecordActions';
import { DocumentsMenu } from '../documents/DocumentsMenu';
import { useAsync } from '../../components/async/useAsync';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { DeadlineList } from '../../components/detail/DeadlineList';
import { DetailLayout, DetailSection } from '../../components/detail/DetailLayout';
import { ProvisionalNumberNotice } from '../../components/detail/ProvisionalNumberNotice';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { HistoryPanel } from '../../components/detail/HistoryPanel';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { mediationFieldLabels, mediationValueLabels } from '#shared/domain/fields/mediation-case';
import { StatusChip } from './MediationListPage';
import { AgreementDetails, ClosingDetails, PartiesDetails, SessionsDetails } from './MediationDetailSections';
import { ArchiveDetails, SafeguardsDetails } from './MediationFileDetails';
import { localDateOf } from '#shared/domain/calendar/dates';

export function MediationDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const disputeTypes = useReferenceLabels('disputeType');
  const calendar = useWorkingCalendar();
  const load = useCallback(() => store.ledger.get('mediationCase', id), [store, id]);
  const { data: record, error, loading, reload } = useAsync(load);
  // Reloaded with the record, so an attachment added on this page shows in 修改记录 at once.
  const updatedAt = record?.updatedAt;
  const history = useRecordHistory(id, updatedAt);
  const valueLabels = useMemo(() => ({ ...mediationValueLabels, disputeType: disputeTypes.all }), [disputeTypes.all]);
  const deadlines = useMemo(
    () => (record && calendar ? deadlinesOf('mediationCase', record, calendar, localDateOf(store.clock())) : []),
    [record, calendar, store],
  );

  if (error !== undefined) return <Alert severity="error">读取案件失败：{describeError(error).message}</Alert>;
  if (loading && !record) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这个调解案件，可能已被删除。</Alert>;

  return (
    <DetailLayout
      title={`调解案件 ${record.caseNumber}`}
      subtitle={<>{record.committee} · 受理于 {record.receivedOn} · <StatusChip status={record.status} /></>}
      actions={record.trashed ? undefined : (
        <>
          <DocumentsMenu kind="mediationCase" record={record} />
          <RecordActions kind="mediationCase" recordId={record.id} trashTitle="删除调解案件" trashMessage={`确定删除 ${record.caseNumber}？案件将移入回收站，可在「回收站」恢复。`} />
        </>
      )}
      notices={record.trashed
        ? <Alert severity="warning" sx={{ mb: 2 }}>此案件在回收站中，可在「回收站」恢复。</Alert>
        : <><ProvisionalNumberNotice caseNumber={record.caseNumber} /><RecordIssues kind="mediationCase" record={record} fieldLabels={mediationFieldLabels} history={history} /></>}
      history={<HistoryPanel load={history.load} fieldLabels={mediationFieldLabels} valueLabels={valueLabels} />}
    >
      <DetailSection title="期限提醒">
        <DeadlineList deadlines={deadlines} emptyText="此案件暂无需要提醒的期限" />
      </DetailSection>
      <DetailSection title="基本情况">
        <FieldGrid items={[
          { label: '案号', value: record.caseNumber },
          { label: '案件来源', value: mediationSourceLabels[record.source] },
          { label: '纠纷类型', value: disputeTypes.all[record.disputeType] ?? record.disputeType },
          { label: '调解员', value: record.mediators.join('、') },
          { label: '结案日期', value: record.closedOn },
          { label: '纠纷简要情况', value: record.summary, wide: true },
          { label: '申请事项', value: record.claims, wide: true },
        ]} />
      </DetailSection>
      <PartiesDetails record={record} />
      <SafeguardsDetails record={record} />
      <SessionsDetails record={record} />
      <AgreementDetails record={record} />
      <ClosingDetails record={record} />
      <ArchiveDetails record={record} />
      <AttachmentsSection kind="mediationCase" record={record} onChanged={reload} />
    </DetailLayout>
  );
}
