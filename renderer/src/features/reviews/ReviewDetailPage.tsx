// One case review: the score sheet (veto items, section scores, total and grade), the findings, a link
// to the reviewed enforcement case, its history; 修改 and 删除 (→ 回收站).
import { useCallback } from 'react';
import { Alert, Button, Link as MuiLink, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link, useParams } from 'wouter';
import { contentScoreMaximum, formScoreMaximum } from '#shared/domain/rules/case-review-score';
import type { CaseReview } from '#shared/domain/schemas/index';
import { recordHref } from '#shared/domain/kinds/index';
import { useAppStore } from '../../app/store-context';
import { RecordActions } from '../../app/RecordActions';
import { RecordIssues } from '../../app/RecordIssues';
import { useRecordHistory } from '../../app/useRecordHistory';
import { useAsync } from '../../components/async/useAsync';
import { DetailLayout, DetailSection } from '../../components/detail/DetailLayout';
import { FieldGrid } from '../../components/detail/FieldGrid';
import { HistoryPanel } from '../../components/detail/HistoryPanel';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { reviewFieldLabels, reviewValueLabels } from '#shared/domain/fields/case-review';
import { GradeChip, vetoLabel } from './ReviewScore';

function ScoreSheet({ record }: { record: CaseReview }) {
  const vetoed = record.vetoItems.length > 0;
  return (
    <DetailSection title="评分表">
      <Table size="small" aria-label="评分表">
        <TableBody>
          <TableRow>
            <TableCell component="th" scope="row" sx={{ width: 160, fontWeight: 600 }}>否决项</TableCell>
            <TableCell sx={{ color: vetoed ? 'error.main' : undefined }}>
              {vetoed ? record.vetoItems.map(vetoLabel).join('、') : '无'}
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>案卷形式得分</TableCell>
            <TableCell>{record.formScore} / {formScoreMaximum}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>案卷内容得分</TableCell>
            <TableCell>{record.contentScore} / {contentScoreMaximum}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>总分</TableCell>
            <TableCell>
              <strong>{record.totalScore}</strong> / {formScoreMaximum + contentScoreMaximum}
              {vetoed && <Typography component="span" variant="body2" color="error" sx={{ ml: 1 }}>（存在否决项，判为不合格卷，计0分）</Typography>}
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>等级</TableCell>
            <TableCell><GradeChip grade={record.grade} /></TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </DetailSection>
  );
}

export function ReviewDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const load = useCallback(() => store.ledger.get('caseReview', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  const history = useRecordHistory(id, record?.updatedAt);

  if (error !== undefined) return <Alert severity="error">读取案卷评查失败：{describeError(error).message}</Alert>;
  if (loading && !record) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这条案卷评查记录，可能已被删除。</Alert>;
  const caseLink = (
    <MuiLink component={Link} href={recordHref('enforcementCase', record.enforcementCaseId)}>
      {record.caseNumber || '查看被评查案件'}
    </MuiLink>
  );

  return (
    <DetailLayout
      title={`案卷评查 ${record.caseNumber}`}
      subtitle={<>{record.reviewedUnit} · 评查于 {record.reviewedOn} · {record.totalScore} 分 <GradeChip grade={record.grade} /></>}
      actions={record.trashed ? undefined : (
        <>
          <Button variant="outlined" component={Link} href={`${recordHref('caseReview', record.id)}/print`}>打印评分表</Button>
          <RecordActions kind="caseReview" recordId={record.id} trashTitle="删除案卷评查" trashMessage={`确定删除对 ${record.caseNumber} 的评查记录？记录将移入回收站，可在「回收站」恢复。`} />
        </>
      )}
      notices={record.trashed
        ? <Alert severity="warning" sx={{ mb: 2 }}>此评查记录在回收站中，可在「回收站」恢复。</Alert>
        : <RecordIssues kind="caseReview" record={record} fieldLabels={reviewFieldLabels} history={history} />}
      history={<HistoryPanel load={history.load} fieldLabels={reviewFieldLabels} valueLabels={reviewValueLabels} />}
    >
      <DetailSection title="基本情况">
        <FieldGrid items={[
          { label: '被评查案件', value: caseLink },
          { label: '被评查单位', value: record.reviewedUnit },
          { label: '评查日期', value: record.reviewedOn },
          { label: '评查人', value: record.reviewer },
        ]} />
      </DetailSection>
      <ScoreSheet record={record} />
      <DetailSection title="评查意见">
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{record.findings || '—'}</Typography>
      </DetailSection>
    </DetailLayout>
  );
}
