// One enforcement case: its stage progress, the statutory clocks with their legal basis, every field,
// its history; 修改 and 删除 (→ 回收站).
import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Chip } from '@mui/material';
import dayjs from 'dayjs';
import { useLocation, useParams } from 'wouter';
import { deadlinesOf } from '#shared/domain/deadlines/index';
import { discretionLevelLabels, enforcementCategoryLabels, procedureLabels } from '#shared/domain/labels';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useReferenceEntries } from '../../app/useReference';
import { useWorkingCalendar } from '../../app/useWorkingCalendar';
import { useAsync } from '../../components/async/useAsync';
import { DeadlineList } from '../../components/detail/DeadlineList';
import { DetailLayout, DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { HistoryPanel } from '../../components/detail/HistoryPanel';
import { ConfirmDialog } from '../../components/feedback/ConfirmDialog';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { DecisionDetails, OfficersDetails, PartyDetails, RecordingsDetails } from './EnforcementDetailSections';
import { StageChip } from './EnforcementListPage';
import { enforcementFieldLabels, enforcementValueLabels } from './field-labels';
import { StageProgress } from './StageProgress';

export function EnforcementDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const actor = useActor();
  const [, navigate] = useLocation();
  const [confirmingTrash, setConfirmingTrash] = useState(false);
  const calendar = useWorkingCalendar();
  const { entries: powerItems } = useReferenceEntries('powerItem');
  const today = dayjs().format('YYYY-MM-DD');
  const load = useCallback(() => store.ledger.get('enforcementCase', id), [store, id]);
  const loadHistory = useCallback(() => store.ledger.history(id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
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
          <Button variant="contained" onClick={() => navigate(`/enforcement/${record.id}/edit`)}>修改</Button>
          <Button color="error" variant="outlined" onClick={() => setConfirmingTrash(true)}>删除</Button>
        </>
      )}
      notices={record.trashed && <Alert severity="warning" sx={{ mb: 2 }}>此案件在回收站中，可在「回收站」恢复。</Alert>}
      history={<HistoryPanel load={loadHistory} fieldLabels={enforcementFieldLabels} valueLabels={enforcementValueLabels} />}
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
      <DecisionDetails record={record} />
      <RecordingsDetails record={record} />
      <ConfirmDialog
        open={confirmingTrash}
        title="删除执法案件"
        message={`确定删除 ${record.caseNumber}？案件将移入回收站，可在「回收站」恢复。`}
        confirmLabel="删除"
        tone="error"
        onConfirm={async () => {
          await store.ledger.trash('enforcementCase', record.id, actor);
          navigate('/enforcement');
        }}
        onClose={() => setConfirmingTrash(false)}
      />
    </DetailLayout>
  );
}
