// 冲突处理: the records two devices changed differently while apart. Each waits here until an
// official chooses, field by field, which value stays; nothing is dropped on its own.
import { useCallback } from 'react';
import { Alert, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import dayjs from 'dayjs';
import { useLocation } from 'wouter';
import { describeKind } from '#shared/domain/kinds/index';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { useSync } from '../../sync/SyncContext';
import { conflictSides } from './conflict-sides';
import { fieldLabelOf } from './conflict-values';

export const formatTime = (iso: string): string => dayjs(iso).format('YYYY年M月D日 HH:mm');

export function ConflictsPage() {
  const { client, status } = useSync();
  const [, navigate] = useLocation();
  // Reloaded whenever the count changes (a pull found one, or one was resolved on this page).
  const conflictCount = status.conflicts;
  const load = useCallback(async () => (client && conflictCount >= 0 ? Promise.all([client.conflicts(), client.enrollment()]) : [[], null] as const), [client, conflictCount]);
  const { data: loaded, error } = useAsync(load);
  const [data, enrollment] = loaded ?? [];

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">冲突处理</Typography>
      <Typography color="text.secondary">
        两台电脑在断网期间改了同一条记录的同一项内容时，两边的值都会保留在这里，本乡镇的每台电脑和县司法局都能看到，由乡镇的任一台电脑逐项选择保留哪一个（县里的案卷评查由县司法局选择）。选择之前，记录暂时显示服务器上的值。
      </Typography>
      {error !== undefined && <Alert severity="error">读取冲突失败：{describeError(error).message}</Alert>}
      {!client ? (
        <Alert severity="info">本机尚未登记到县服务器，没有需要处理的冲突。</Alert>
      ) : !data ? <LoadingState /> : data.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}><Typography color="text.secondary">没有需要处理的冲突</Typography></Paper>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="待处理的冲突">
            <TableHead>
              <TableRow>
                {['类别', '记录', '有冲突的内容', '发现于', '发现时间'].map((header) => <TableCell key={header} sx={{ fontWeight: 600 }}>{header}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((conflict) => (
                <TableRow key={conflict.id} hover tabIndex={0} sx={{ cursor: 'pointer' }} aria-label={conflict.title}
                  onClick={() => navigate(`/conflicts/${encodeURIComponent(conflict.id)}`)}
                  onKeyDown={(event) => { if (event.key === 'Enter') navigate(`/conflicts/${encodeURIComponent(conflict.id)}`); }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{describeKind(conflict.kind).label}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{conflict.title}</TableCell>
                  <TableCell>{conflict.fields.map((field) => fieldLabelOf(conflict.kind, field.field)).join('、')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{conflictSides(conflict, enrollment ?? null).local}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(conflict.detectedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
