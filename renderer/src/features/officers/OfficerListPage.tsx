// 执法人员 list: search by name, pinyin initials or certificate number; filter by status; the store's
// order (certificates that run out soonest come first). ID numbers and phones are masked here. The county
// also filters by 乡镇 (全县概览's 持证率 opens a township's roster here, decision 026).
import { useMemo } from 'react';
import { Box, Button, Chip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocation } from 'wouter';
import { genderLabels, officerStatusLabels } from '#shared/domain/labels';
import type { Officer, OfficerStatus } from '#shared/domain/schemas/officer';
import { useLedgerList } from '../../app/useLedgerList';
import { useTownshipFilterGroups } from '../../app/useTownshipFilter';
import { Masked } from '../../components/detail/MaskedValue';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { FilterGroup } from '../../components/list/ListToolbar';
import { CertificateChip } from './certificate-validity';
import { useToday } from '../../app/useToday';

const statusColors: Record<OfficerStatus, 'success' | 'warning' | 'error' | 'default'> = {
  active: 'success', suspended: 'warning', revoked: 'error', left: 'default',
};

export function OfficerStatusChip({ status }: { status: OfficerStatus }) {
  return <Chip component="span" size="small" variant="outlined" label={officerStatusLabels[status]} color={statusColors[status]} />;
}

const filterGroups: FilterGroup[] = [
  { field: 'status', label: '人员状态', options: Object.entries(officerStatusLabels).map(([value, label]) => ({ value, label })) },
];

export function OfficerListPage() {
  const [, navigate] = useLocation();
  const today = useToday();
  const source = useLedgerList('officer');
  const townshipGroups = useTownshipFilterGroups();
  const groups = useMemo(() => [...filterGroups, ...townshipGroups], [townshipGroups]);

  const columns: ListColumn<Officer>[] = useMemo(() => [
    { header: '姓名', render: (row) => row.name, width: 100 },
    { header: '性别', render: (row) => (row.gender ? genderLabels[row.gender] : ''), width: 60 },
    { header: '工作单位', render: (row) => row.unit },
    { header: '执法证号', render: (row) => row.certificateNumber, width: 140 },
    {
      header: '有效期至', width: 190,
      render: (row) => (
        <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', whiteSpace: 'nowrap' }}>
          {row.certificateExpiresOn}<CertificateChip expiresOn={row.certificateExpiresOn} today={today} />
        </Box>
      ),
    },
    { header: '联系电话', render: (row) => <Masked kind="phone" value={row.personal.phone} />, width: 120 },
    { header: '身份证号码', render: (row) => <Masked kind="idNumber" value={row.personal.idNumber} />, width: 180 },
    { header: '状态', render: (row) => <OfficerStatusChip status={row.status} />, width: 100 },
  ], [today]);

  return (
    <ListPage
      title="执法人员"
      {...source}
      columns={columns}
      filterGroups={groups}
      searchLabel="搜索姓名、拼音首字母或执法证号"
      onOpen={(row) => navigate(`/officers/${row.id}`)}
      rowLabel={(row) => `${row.name}（${row.certificateNumber}）`}
      emptyText="没有符合条件的执法人员"
      actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/officers/new')}>新建执法人员</Button>}
    />
  );
}
