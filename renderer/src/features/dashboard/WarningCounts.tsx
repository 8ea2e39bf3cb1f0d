// 工作台 → 需要留意的记录: per ledger kind, how many records now break a rule and how many carry a
// warning nobody has acknowledged, each linking to the list whose 提醒 column shows which.
import { useCallback } from 'react';
import { Alert, Box, Link as MuiLink, Paper, Typography } from '@mui/material';
import { Link } from 'wouter';
import { describeKind, listHref } from '#shared/domain/kinds/index';
import { useAppStore } from '../../app/store-context';
import { loadRuleContext } from '../../app/useRuleValidation';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { CHECKED_PER_KIND, loadOpenWarnings } from './open-warnings';
import { localDateOf } from '#shared/domain/calendar/dates';

export function WarningCounts() {
  const store = useAppStore();
  const load = useCallback(async () => loadOpenWarnings(store, await loadRuleContext(store, localDateOf(store.clock()))), [store]);
  const { data, error } = useAsync(load);
  const shown = (data ?? []).filter((row) => row.toCorrect > 0 || row.toNotice > 0);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="需要留意的记录">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>需要留意的记录</Typography>
      {error !== undefined && <Alert severity="error">读取提醒失败：{describeError(error).message}</Alert>}
      {!data && error === undefined && <LoadingState />}
      {data && shown.length === 0 && <Typography color="text.secondary">各台账最近的记录都没有未处理的提醒</Typography>}
      {shown.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="warning-counts">
          {shown.map((row) => (
            <li key={row.kind}>
              <MuiLink component={Link} href={listHref(row.kind)}>{describeKind(row.kind).label}</MuiLink>
              {row.toCorrect > 0 && <>：<Box component="span" sx={{ color: 'error.main' }}>{row.toCorrect} 条需更正</Box></>}
              {row.toNotice > 0 && <>{row.toCorrect > 0 ? '，' : '：'}<Box component="span" sx={{ color: 'warning.dark' }}>{row.toNotice} 条有未确认的提醒</Box></>}
              {row.partial && <Typography component="span" variant="body2" color="text.secondary">（按最近 {CHECKED_PER_KIND} 条统计）</Typography>}
            </li>
          ))}
        </Box>
      )}
    </Paper>
  );
}
