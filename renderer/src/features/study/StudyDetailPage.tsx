// One study session: every field, the laws by name, the participants, its history; 修改 and 删除 (→ 回收站).
import { useCallback, useMemo } from 'react';
import { Alert } from '@mui/material';
import { useParams } from 'wouter';
import { useAppStore } from '../../app/store-context';
import { useReferenceEntries } from '../../app/useReference';
import { RecordIssues } from '../../app/RecordIssues';
import { useRecordHistory } from '../../app/useRecordHistory';
import { RecordActions } from '../../app/RecordActions';
import { DocumentsMenu } from '../documents/DocumentsMenu';
import { useAsync } from '../../components/async/useAsync';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { DetailLayout, DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { HistoryPanel } from '../../components/detail/HistoryPanel';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { studyFieldLabels } from '#shared/domain/fields/study-session';
import { PUBLIC_LEGAL_EDUCATION } from '#shared/domain/schemas/study-session';
import { studyValueLabels } from './field-labels';
import { LawsDetails, ParticipantsDetails } from './StudyDetailSections';
import { StudyKindChip } from './StudyListPage';
import { useOfficers } from './useOfficers';

export function StudyDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const laws = useReferenceEntries('law');
  const { officers } = useOfficers();
  const load = useCallback(() => store.ledger.get('studySession', id), [store, id]);
  const { data: record, error, loading, reload } = useAsync(load);
  // Reloaded with the record, so an attachment added on this page shows in 修改记录 at once.
  const updatedAt = record?.updatedAt;
  const history = useRecordHistory(id, updatedAt);
  const valueLabels = useMemo(() => studyValueLabels(
    Object.fromEntries((laws.entries ?? []).map((law) => [law.id, law.name])),
    Object.fromEntries((officers ?? []).map((officer) => [officer.id, `${officer.name}（${officer.certificateNumber}）`])),
  ), [laws.entries, officers]);

  if (error !== undefined) return <Alert severity="error">读取学法记录失败：{describeError(error).message}</Alert>;
  if ((loading && !record) || !laws.entries) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这条学法记录，可能已被删除。</Alert>;
  const outreach = record.kind === PUBLIC_LEGAL_EDUCATION;

  return (
    <DetailLayout
      title={record.topic}
      subtitle={<>{record.heldOn} · <StudyKindChip kind={record.kind} />{record.meetingName ? ` · ${record.meetingName}` : ''}</>}
      actions={record.trashed ? undefined : (
        <>
          <DocumentsMenu kind="studySession" record={record} />
          <RecordActions kind="studySession" recordId={record.id} trashTitle="删除学法记录" trashMessage={`确定删除 ${record.heldOn}「${record.topic}」？记录将移入回收站，可在「回收站」恢复。`} />
        </>
      )}
      notices={record.trashed
        ? <Alert severity="warning" sx={{ mb: 2 }}>此学法记录在回收站中，可在「回收站」恢复。</Alert>
        : <RecordIssues kind="studySession" record={record} fieldLabels={studyFieldLabels} history={history} />}
      history={<HistoryPanel load={history.load} fieldLabels={studyFieldLabels} valueLabels={valueLabels} />}
    >
      <DetailSection title="基本情况">
        <FieldGrid items={[
          { label: outreach ? '活动日期' : '学习日期', value: record.heldOn },
          { label: '会议名称', value: record.meetingName },
          { label: outreach ? '执法部门（组织单位）' : '组织单位', value: record.organiser },
          { label: outreach ? '宣讲人' : '主讲人', value: record.lecturer },
          { label: outreach ? '活动地点' : '学习地点', value: record.place },
          { label: outreach ? '活动时长' : '学习时长', value: `${record.hours} 小时` },
          ...(outreach ? [
            { label: '普法对象', value: record.audience },
            { label: '受众人数', value: record.peopleReached === undefined ? undefined : `${record.peopleReached} 人` },
          ] : []),
          { label: outreach ? '普法主题' : '学习主题', value: record.topic, wide: true },
          { label: outreach ? '活动内容摘要' : '学习内容摘要', value: record.summary, wide: true },
        ]} />
      </DetailSection>
      <LawsDetails record={record} laws={laws.entries} />
      <ParticipantsDetails record={record} officers={officers ?? []} />
      <AttachmentsSection kind="studySession" record={record} onChanged={reload} />
    </DetailLayout>
  );
}
