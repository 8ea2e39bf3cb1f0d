// 工作日历: one row per year the county has entered (放假 weekdays, 调休上班 weekend days, who changed it
// and when). Statutory clocks that end in a year not listed are counted Mon–Fri and marked 预估.
import { useCallback, useState } from 'react';
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import dayjs from 'dayjs';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { CalendarYearDialog } from './CalendarYearDialog';
import { changedByText } from './changed-entry';

export function CalendarSection({ editable }: { editable: boolean }) {
  const store = useAppStore();
  const load = useCallback(() => store.reference.list('calendarYear'), [store]);
  const { data: years, error, reload } = useAsync(load);
  const [editing, setEditing] = useState<ReferenceData | 'new' | null>(null);
  const thisYear = dayjs().year();
  const missing = [thisYear, thisYear + 1].filter((year) => !years?.some((entry) => entry.active && entry.details.year === year));

  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label="工作日历">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>工作日历（法定节假日安排）</Typography>
        {editable && <Button variant="contained" onClick={() => setEditing('new')}>录入年度放假安排</Button>}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        按工作日计算的期限（送达、公示、听证申请等）依此日历跳过节假日、计入调休上班日；依据国务院办公厅每年的部分节假日安排通知。
      </Typography>
      {years && missing.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="calendar-missing">
          尚未录入{missing.map((year) => `${year}年`).join('、')}的放假安排：到期日在{missing.length > 1 ? '这些年份' : '该年'}的期限暂按周一至周五估算，显示为“预估”。
          {editable ? '国务院办公厅公布通知后，请点“录入年度放假安排”。' : '县司法局录入并同步后自动更正。'}
        </Alert>
      )}
      {error !== undefined && <Alert severity="error">读取工作日历失败：{describeError(error).message}</Alert>}
      {!years && error === undefined && <LoadingState />}
      {years && (
        <Table size="small" aria-label="已录入的年度放假安排">
          <TableHead>
            <TableRow>
              <TableCell>年份</TableCell>
              <TableCell>工作日放假</TableCell>
              <TableCell>调休上班</TableCell>
              <TableCell>最后修改</TableCell>
              {editable && <TableCell width={90}>操作</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {[...years].sort((a, b) => (b.details.year ?? 0) - (a.details.year ?? 0)).map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.details.year}年</TableCell>
                <TableCell>{entry.details.holidays?.length ?? 0} 天</TableCell>
                <TableCell>{entry.details.workdays?.length ?? 0} 天</TableCell>
                <TableCell>{changedByText(entry)}</TableCell>
                {editable && (
                  <TableCell>
                    <Button size="small" onClick={() => setEditing(entry)} aria-label={`修改${entry.details.year}年放假安排`}>修改</Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && (
        <CalendarYearDialog entry={editing === 'new' ? null : editing} takenYears={(years ?? []).map((entry) => entry.details.year ?? 0)}
          onClose={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />
      )}
    </Paper>
  );
}
