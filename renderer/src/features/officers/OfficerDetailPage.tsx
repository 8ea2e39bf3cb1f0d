// One officer: certificate and its validity, personal data behind 「显示」, trainings attended,
// the certificate clock, history; 修改 and 删除 (→ 回收站).
import { useCallback, useMemo } from 'react';
import { Alert, Box } from '@mui/material';
import { useParams } from 'wouter';
import { deadlinesOf } from '#shared/domain/by-kind/deadlines';
import { genderLabels } from '#shared/domain/labels';
import { useAppStore } from '../../app/store-context';
import { useWorkingCalendar } from '../../app/useWorkingCalendar';
import { RecordActions } from '../../app/RecordActions';
import { RecordIssues } from '../../app/RecordIssues';
import { useRecordHistory } from '../../app/useRecordHistory';
import { useAsync } from '../../components/async/useAsync';
import { DeadlineList } from '../../components/detail/DeadlineList';
import { DetailLayout, DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { HistoryPanel } from '../../components/detail/HistoryPanel';
import { RevealableValue } from '../../components/detail/MaskedValue';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { CertificateChip } from './certificate-validity';
import { officerFieldLabels, officerValueLabels } from '#shared/domain/fields/officer';
import { OfficerStatusChip } from './OfficerListPage';
import { OfficerTrainingsSection } from './OfficerTrainingsSection';
import { useToday } from '../../app/useToday';

export function OfficerDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const calendar = useWorkingCalendar();
  const today = useToday();
  const load = useCallback(() => store.ledger.get('officer', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  const history = useRecordHistory(id, record?.updatedAt);
  const deadlines = useMemo(() => (record && calendar ? deadlinesOf('officer', record, calendar, today) : []), [record, calendar, today]);

  if (error !== undefined) return <Alert severity="error">读取执法人员失败：{describeError(error).message}</Alert>;
  if (loading && !record) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这名执法人员，可能已被删除。</Alert>;

  return (
    <DetailLayout
      title={`执法人员 ${record.name}`}
      subtitle={<>{record.unit} · 执法证 {record.certificateNumber} · <OfficerStatusChip status={record.status} /></>}
      actions={record.trashed ? undefined : (
        <RecordActions kind="officer" recordId={record.id} trashTitle="删除执法人员" trashMessage={`确定删除 ${record.name}（${record.certificateNumber}）？将移入回收站，可在「回收站」恢复。删除后不能再被选为案件的执法人员。`} />
      )}
      notices={<>
        {record.trashed && <Alert severity="warning" sx={{ mb: 2 }}>此执法人员在回收站中，可在「回收站」恢复。</Alert>}
        {!record.trashed && <RecordIssues kind="officer" record={record} fieldLabels={officerFieldLabels} history={history} />}
      </>}
      history={<HistoryPanel load={history.load} fieldLabels={officerFieldLabels} valueLabels={officerValueLabels} />}
    >
      <DetailSection title="执法证">
        <FieldGrid items={[
          { label: '执法证号', value: record.certificateNumber },
          { label: '发证日期', value: record.certificateIssuedOn },
          {
            label: '有效期至',
            value: <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
              {record.certificateExpiresOn}<CertificateChip expiresOn={record.certificateExpiresOn} today={today} />
            </Box>,
          },
        ]} />
      </DetailSection>
      <DetailSection title="期限提醒">
        <DeadlineList deadlines={deadlines} emptyText="执法证不在 30 日内到期，暂无提醒" />
      </DetailSection>
      <DetailSection title="基本情况">
        <FieldGrid items={[
          { label: '姓名', value: record.name },
          { label: '性别', value: record.gender ? genderLabels[record.gender] : undefined },
          { label: '工作单位', value: record.unit },
          { label: '身份证号码', value: <RevealableValue kind="idNumber" value={record.personal.idNumber} label="身份证号码" /> },
          { label: '联系电话', value: <RevealableValue kind="phone" value={record.personal.phone} label="联系电话" /> },
          { label: '备注', value: record.note, wide: true },
        ]} />
      </DetailSection>
      <OfficerTrainingsSection officerId={record.id} />
    </DetailLayout>
  );
}
