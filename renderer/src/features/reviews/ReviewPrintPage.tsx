// 打印评分表: the 案卷评查评分表 of one review on A4 (reviewScoreSheet says what is on it), printed through the
// bridge (desktop: saved as PDF; web: the browser's print dialog).
import { useCallback } from 'react';
import { Alert, Box, Button, GlobalStyles, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocation, useParams } from 'wouter';
import { reviewScoreSheet } from '#shared/domain/documents/review-score-sheet';
import { recordHref } from '#shared/domain/kinds/index';
import { useAppStore } from '../../app/store-context';
import { useFiles } from '../../app/files-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';

const a4 = { '@media print': { '@page': { size: 'A4', margin: '25mm 20mm' }, body: { background: 'white' } } } as const;
const cell = { border: '1px solid #000', fontSize: '12pt', py: 0.75 } as const;

export function ReviewPrintPage() {
  const { id = '' } = useParams<{ id: string }>();
  const store = useAppStore();
  const { printToPdf } = useFiles();
  const [, navigate] = useLocation();
  const load = useCallback(() => store.ledger.get('caseReview', id), [store, id]);
  const { data: record, error, loading } = useAsync(load);
  if (error !== undefined) return <Alert severity="error">读取案卷评查失败：{describeError(error).message}</Alert>;
  if (loading && !record) return <LoadingState />;
  if (!record) return <Alert severity="warning">找不到这条案卷评查记录，可能已被删除。</Alert>;
  const sheet = reviewScoreSheet(record);
  return (
    <>
      <GlobalStyles styles={a4} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, displayPrint: 'none' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{sheet.title}</Typography>
        <Button onClick={() => navigate(recordHref('caseReview', record.id))}>返回评查记录</Button>
        <Button variant="contained" onClick={() => void printToPdf({ suggestedName: `案卷评查评分表 ${record.caseNumber}.pdf`.replace(/[\\/:*?"<>|]/g, '_') })}>打印 / 另存为 PDF</Button>
      </Stack>
      <Box data-testid="score-sheet" sx={{ maxWidth: '170mm', mx: 'auto', '& td, & th': cell }}>
        <Typography component="h2" sx={{ fontSize: '18pt', fontWeight: 700, textAlign: 'center', mb: 2 }}>{sheet.title}</Typography>
        <Table size="small" aria-label="评分表">
          <TableBody>
            {sheet.heading.map(([label, value]) => (
              <TableRow key={label}><TableCell component="th" sx={{ width: '8em', fontWeight: 700 }}>{label}</TableCell><TableCell colSpan={3}>{value}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography sx={{ fontWeight: 700, mt: 2, mb: 0.5 }}>一、否决项（任一项成立即为不合格卷）</Typography>
        <Table size="small" aria-label="否决项">
          <TableBody>
            {sheet.veto.map((item) => (
              <TableRow key={item.label}><TableCell>{item.label}</TableCell><TableCell sx={{ width: '6em', textAlign: 'center' }}>{item.found ? '☑ 存在' : '☐ 无'}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography sx={{ fontWeight: 700, mt: 2, mb: 0.5 }}>二、评分</Typography>
        <Table size="small" aria-label="评分">
          <TableHead><TableRow><TableCell>评查项目</TableCell><TableCell>评查内容</TableCell><TableCell sx={{ width: '5em' }}>满分</TableCell><TableCell sx={{ width: '5em' }}>得分</TableCell></TableRow></TableHead>
          <TableBody>
            {sheet.points.map((item) => (
              <TableRow key={item.label}><TableCell>{item.label}</TableCell><TableCell>{item.scope}</TableCell><TableCell>{item.maximum}</TableCell><TableCell>{item.points}</TableCell></TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 700 }}>总分</TableCell>
              <TableCell>等级：{sheet.total.grade}{sheet.total.note && `（${sheet.total.note}）`}</TableCell>
              <TableCell>{sheet.total.maximum}</TableCell>
              <TableCell sx={{ fontWeight: 700 }}>{sheet.total.points}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
        <Typography sx={{ fontWeight: 700, mt: 2, mb: 0.5 }}>三、评查意见</Typography>
        <Box sx={{ border: '1px solid #000', p: 1, minHeight: '30mm', whiteSpace: 'pre-wrap', fontSize: '12pt' }}>{sheet.findings}</Box>
        <Stack direction="row" spacing={6} sx={{ mt: 4, justifyContent: 'flex-end', fontSize: '12pt' }}>
          {sheet.signature.map(([label, value]) => <Typography key={label}>{label}：{value}</Typography>)}
        </Stack>
      </Box>
    </>
  );
}
