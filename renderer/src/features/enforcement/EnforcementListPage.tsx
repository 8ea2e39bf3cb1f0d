// 行政执法 list: search by case number, party name (or its pinyin initials) or matter; filter by stage or
// category; range on 立案日期; newest first.
import { Button, Chip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocation } from 'wouter';
import { enforcementCategoryLabels, enforcementStageLabels } from '#shared/domain/labels';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import type { EnforcementStage } from '#shared/domain/schemas/enforcement-case';
import { useLedgerList } from '../../app/useLedgerList';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { FilterGroup } from '../../components/list/ListToolbar';

const stageColors: Record<EnforcementStage, 'default' | 'info' | 'primary' | 'success'> = {
  filed: 'default', investigated: 'info', notified: 'info', hearing: 'info', decided: 'primary', served: 'primary', executed: 'primary', closed: 'success',
};

export function StageChip({ stage }: { stage: EnforcementStage }) {
  return <Chip component="span" size="small" variant="outlined" label={enforcementStageLabels[stage]} color={stageColors[stage]} />;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

const filterGroups: FilterGroup[] = [
  { field: 'stage', label: '办理环节', options: options(enforcementStageLabels) },
  { field: 'category', label: '执法类别', options: options(enforcementCategoryLabels) },
];

const columns: ListColumn<EnforcementCase>[] = [
  // Case number and date never break and take their text's width; the names and the matter share the rest
  // without standing one character per line (a 1024-pixel screen).
  { header: '案号', render: (row) => row.caseNumber, nowrap: true },
  { header: '立案日期', render: (row) => row.stages.filedOn, nowrap: true },
  { header: '执法类别', render: (row) => enforcementCategoryLabels[row.category], nowrap: true },
  { header: '当事人', render: (row) => row.party.name, minWidth: 110 },
  { header: '执法事项', render: (row) => row.matter, minWidth: 140 },
  {
    header: '办理环节',
    render: (row) => <>{<StageChip stage={row.stage} />}{row.major && <Chip component="span" size="small" color="warning" label="重大" sx={{ ml: 0.5 }} />}</>,
  },
];

export function EnforcementListPage() {
  const [, navigate] = useLocation();
  const source = useLedgerList('enforcementCase');
  return (
    <ListPage
      title="行政执法"
      {...source}
      columns={columns}
      filterGroups={filterGroups}
      searchLabel="搜索案号、当事人或执法事项"
      dateLabel="立案日期"
      onOpen={(row) => navigate(`/enforcement/${row.id}`)}
      rowLabel={(row) => row.caseNumber}
      emptyText="没有符合条件的执法案件"
      actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/enforcement/new')}>新建执法案件</Button>}
    />
  );
}
