// 案卷评查 list: search by case number, reviewed unit or reviewer (and pinyin initials); range on 评查日期;
// newest first; the county filters by 乡镇 (the township whose case was reviewed; 全县概览's 案卷评查 opens it).
import { useMemo } from 'react';
import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLocation } from 'wouter';
import type { CaseReview } from '#shared/domain/schemas/index';
import { useLedgerList } from '../../app/useLedgerList';
import { useTownshipFilterGroups } from '../../app/useTownshipFilter';
import { ListPage, type ListColumn } from '../../components/list/ListPage';
import { GradeChip } from './ReviewScore';

export function ReviewListPage() {
  const [, navigate] = useLocation();
  const source = useLedgerList('caseReview');
  const townshipGroups = useTownshipFilterGroups();

  const columns: ListColumn<CaseReview>[] = useMemo(() => [
    { header: '评查日期', render: (row) => row.reviewedOn, nowrap: true },
    { header: '案号', render: (row) => row.caseNumber || '—', nowrap: true },
    { header: '被评查单位', render: (row) => row.reviewedUnit, minWidth: 140 },
    { header: '评查人', render: (row) => row.reviewer, width: 140 },
    { header: '总分', render: (row) => `${row.totalScore} 分`, width: 80 },
    { header: '等级', render: (row) => <GradeChip grade={row.grade} />, width: 100 },
  ], []);

  return (
    <ListPage
      title="案卷评查"
      {...source}
      columns={columns}
      filterGroups={townshipGroups}
      searchLabel="搜索案号、被评查单位或评查人"
      dateLabel="评查日期"
      onOpen={(row) => navigate(`/reviews/${row.id}`)}
      rowLabel={(row) => `${row.reviewedOn} ${row.caseNumber}`}
      stateKey="caseReview"
      emptyText="没有符合条件的案卷评查记录"
      actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/reviews/new')}>新建案卷评查</Button>}
    />
  );
}
