// 工作台: this year's figures against the county plan's targets, the records with open warnings, and the deadlines coming due.
import { useCallback, useState } from 'react';
import { Alert, Box, Link as MuiLink, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { Link } from 'wouter';
import { yearFigures } from '#shared/domain/figures/year-figures';
import { describeKind, recordHref } from '#shared/domain/kinds/index';
import { useAppStore } from '../../app/store-context';
import { useWorkingCalendar } from '../../app/useWorkingCalendar';
import { useAsync } from '../../components/async/useAsync';
import { DeadlineList } from '../../components/detail/DeadlineList';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { BackupReminder } from './BackupReminder';
import { FigureCard } from './FigureCard';
import { MediationBreakdown } from './MediationBreakdown';
import { PublicEducationCard } from './PublicEducationCard';
import { loadOpenDeadlines, type DueDeadline } from './open-deadlines';
import { WarningCounts } from './WarningCounts';
import { localDateOf } from '#shared/domain/calendar/dates';
import { useThisYear } from '../../app/useToday';

const YEARS_BACK = 5;
const SHOWN_DEADLINES = 50;

export function DashboardPage() {
  const store = useAppStore();
  const thisYear = useThisYear();
  const [year, setYear] = useState(thisYear);
  const calendar = useWorkingCalendar();
  const loadFigures = useCallback(async () => {
    const [counts, reference] = await Promise.all([store.yearCounts(year), Promise.all([store.reference.list('target'), store.reference.list('setting')])]);
    return { counts, figures: yearFigures(counts, reference.flat()) };
  }, [store, year]);
  const figures = useAsync(loadFigures);
  const loadDeadlines = useCallback(
    () => (calendar ? loadOpenDeadlines(store, calendar, localDateOf(store.clock())) : new Promise<DueDeadline[]>(() => undefined)),
    [store, calendar],
  );
  const deadlines = useAsync(loadDeadlines);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>工作台</Typography>
        <TextField select label="年度" value={year} onChange={(event) => setYear(Number(event.target.value))} sx={{ width: 140 }} fullWidth={false}>
          {Array.from({ length: YEARS_BACK + 1 }, (_, index) => thisYear - index).map((each) => <MenuItem key={each} value={each}>{each}年</MenuItem>)}
        </TextField>
      </Box>
      <BackupReminder />
      {figures.error !== undefined && <Alert severity="error">读取年度指标失败：{describeError(figures.error).message}</Alert>}
      {!figures.data && figures.loading ? <LoadingState /> : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' }, opacity: figures.loading ? 0.6 : 1 }}>
          {(figures.data?.figures ?? []).map((figure) => <FigureCard key={figure.code} figure={figure} />)}
          {figures.data && <PublicEducationCard counts={figures.data.counts} />}
        </Box>
      )}
      {figures.data && <MediationBreakdown counts={figures.data.counts} />}
      <WarningCounts />
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="期限提醒">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>期限提醒</Typography>
        {deadlines.error !== undefined && <Alert severity="error">读取期限失败：{describeError(deadlines.error).message}</Alert>}
        {!deadlines.data ? <LoadingState /> : (
          <>
            <DeadlineList
              deadlines={deadlines.data.slice(0, SHOWN_DEADLINES)}
              emptyText="目前没有即将到期或已逾期的事项"
              extra={(deadline) => (
                <MuiLink component={Link} href={recordHref(deadline.kind, deadline.recordId)}>
                  {describeKind(deadline.kind).label} {deadline.title}
                </MuiLink>
              )}
            />
            {deadlines.data.length > SHOWN_DEADLINES && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>共 {deadlines.data.length} 项，仅显示最紧急的 {SHOWN_DEADLINES} 项。</Typography>
            )}
          </>
        )}
      </Paper>
    </Box>
  );
}
