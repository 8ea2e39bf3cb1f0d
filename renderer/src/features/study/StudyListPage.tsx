// 学法记录 list: search by topic, lecturer or pinyin initials; filter by 学习形式; range on 学习日期;
// newest first. The header shows this year's 会前学法 progress against the plan.
import { useMemo } from 'react';
import { Box, Button, Chip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocation } from 'wouter';
import { studyKindLabels } from '#shared/domain/labels';
import type { StudySession } from '#shared/domain/schemas/index';
import type { StudyKind } from '#shared/domain/schemas/study-session';
import { useLedgerList } from '../../app/useLedgerList';
import { useTownshipFilterGroups } from '../../app/useTownshipFilter';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { FilterGroup } from '../../components/list/ListToolbar';
import { LawTargetNotice } from './LawTargetNotice';

const kindColors: Record<StudyKind, 'primary' | 'secondary' | 'info' | 'success' | 'warning' | 'default'> = {
  preMeeting: 'primary', centralGroup: 'secondary', cadre: 'info', officerTraining: 'success', lecture: 'default', exam: 'warning',
  publicLegalEducation: 'secondary',
};

export function StudyKindChip({ kind }: { kind: StudyKind }) {
  return <Chip component="span" size="small" label={studyKindLabels[kind]} color={kindColors[kind]} variant="outlined" />;
}

const filterGroups: FilterGroup[] = [
  { field: 'kind', label: '学习形式', options: Object.entries(studyKindLabels).map(([value, label]) => ({ value, label })) },
];

export function StudyListPage() {
  const [, navigate] = useLocation();
  const source = useLedgerList('studySession');
  const townshipGroups = useTownshipFilterGroups();
  const groups = useMemo(() => [...filterGroups, ...townshipGroups], [townshipGroups]);

  const columns: ListColumn<StudySession>[] = useMemo(() => [
    { header: '学习日期', render: (row) => row.heldOn, nowrap: true },
    { header: '学习形式', render: (row) => <StudyKindChip kind={row.kind} />, width: 130 },
    { header: '学习主题', render: (row) => row.topic, minWidth: 160 },
    { header: '主讲人', render: (row) => row.lecturer || '—', width: 170 },
    { header: '法律法规', render: (row) => (row.lawIds.length ? `${row.lawIds.length} 部` : '—'), width: 90 },
    { header: '学时', render: (row) => `${row.hours} 小时`, width: 90 },
    // A 普法活动 counts the people it reached (受众人数), not a name list.
    { header: '人数', render: (row) => row.peopleReached ?? row.participants.length, width: 70 },
  ], []);

  return (
    <ListPage
      title="学法记录"
      {...source}
      columns={columns}
      filterGroups={groups}
      searchLabel="搜索学习主题、主讲人或拼音首字母"
      dateLabel="学习日期"
      onOpen={(row) => navigate(`/study/${row.id}`)}
      rowLabel={(row) => `${row.heldOn} ${row.topic}`}
      stateKey="studySession"
      emptyText="没有符合条件的学法记录"
      actions={(
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          <LawTargetNotice />
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/study/new')}>新建学法记录</Button>
        </Box>
      )}
    />
  );
}
