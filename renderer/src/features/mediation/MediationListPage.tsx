// 人民调解 list: search by case number, party name or pinyin initials; filter by status or dispute type;
// range on 受理日期; newest first.
import { useMemo, type ReactNode } from 'react';
import { Box, Button, Chip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocation } from 'wouter';
import { mediationStatusLabels, partyRoleLabels } from '#shared/domain/labels';
import type { MediationCase } from '#shared/domain/schemas/index';
import type { MediationStatus } from '#shared/domain/schemas/mediation-case';
import { useLedgerList } from '../../app/useLedgerList';
import { useReferenceLabels } from '../../app/useReference';
import { useTownshipFilterGroups } from '../../app/useTownshipFilter';
import { Masked } from '../../components/detail/MaskedValue';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import type { FilterGroup } from '../../components/list/ListToolbar';

const statusColors: Record<MediationStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  accepted: 'default', mediating: 'info', succeeded: 'success', failed: 'warning', terminated: 'error',
};

export function StatusChip({ status }: { status: MediationStatus }) {
  return <Chip size="small" label={mediationStatusLabels[status]} color={statusColors[status]} variant="outlined" />;
}

/** One party per line, a name and its role kept together where the column allows it. */
function partiesCell(record: MediationCase): ReactNode {
  return record.parties.map((party, index) => (
    <Box key={party.partyId} component="span" sx={{ display: 'block', wordBreak: 'keep-all' }}>
      {party.name}（{partyRoleLabels[party.role]}）{index < record.parties.length - 1 ? '、' : ''}
    </Box>
  ));
}

export function MediationListPage() {
  const [, navigate] = useLocation();
  const disputeTypes = useReferenceLabels('disputeType');
  const source = useLedgerList('mediationCase');
  const townshipGroups = useTownshipFilterGroups();

  const filterGroups: FilterGroup[] = useMemo(() => [
    { field: 'status', label: '状态', options: Object.entries(mediationStatusLabels).map(([value, label]) => ({ value, label })) },
    { field: 'disputeType', label: '纠纷类型', options: Object.entries(disputeTypes.active).map(([value, label]) => ({ value, label })) },
    ...townshipGroups,
  ], [disputeTypes.active, townshipGroups]);

  const columns: ListColumn<MediationCase>[] = useMemo(() => [
    // The case number and the date never break; their width is their text's, so 当事人 gets the rest.
    { header: '案号', render: (row) => row.caseNumber, nowrap: true },
    { header: '受理日期', render: (row) => row.receivedOn, nowrap: true },
    { header: '纠纷类型', render: (row) => disputeTypes.all[row.disputeType] ?? row.disputeType, width: 130 },
    { header: '当事人', render: partiesCell, minWidth: 160 },
    {
      header: '申请人电话', nowrap: true,
      render: (row) => {
        const applicant = row.parties.find((party) => party.role === 'applicant');
        return <Masked kind="phone" value={row.personal.parties.find((entry) => entry.partyId === applicant?.partyId)?.phone} />;
      },
    },
    { header: '状态', render: (row) => <StatusChip status={row.status} />, width: 110 },
  ], [disputeTypes.all]);

  return (
    <ListPage
      title="人民调解"
      {...source}
      columns={columns}
      filterGroups={filterGroups}
      searchLabel="搜索案号、当事人姓名或拼音首字母"
      dateLabel="受理日期"
      onOpen={(row) => navigate(`/mediation/${row.id}`)}
      rowLabel={(row) => row.caseNumber}
      stateKey="mediationCase"
      emptyText="没有符合条件的调解案件"
      actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/mediation/new')}>新建调解案件</Button>}
    />
  );
}
