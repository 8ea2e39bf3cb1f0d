// Each township's year against the plan's targets, side by side: a bar per figure, green once the target
// is met; a figure opens the ledger list of that township's records of the year (drill-down, decision 026).
import { Box, LinearProgress, Link as MuiLink, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'wouter';
import { listLink } from '#shared/domain/county/list-link';
import type { ProgressFigure } from '#shared/domain/county/township-progress';
import { describeKind } from '#shared/domain/kinds/index';
import { TOTAL_COLUMN } from '#shared/domain/statistics/period-statistics';
import type { LoadedProgress } from './load-progress';

const shown = (value: number | null, unit: ProgressFigure['unit'], noValue = '—'): string => {
  if (value === null) return noValue;
  return unit === 'ratio' ? `${(value * 100).toFixed(1)}%` : String(value);
};

function FigureCell({ figure, href, township }: { figure: ProgressFigure; href: string; township: string }) {
  const value = shown(figure.value, figure.unit, figure.noValue);
  const label = `${township} ${figure.label}：${value}，目标 ${shown(figure.target, figure.unit)}`;
  return (
    <TableCell data-testid={`progress-${figure.code}`}>
      <MuiLink component={Link} href={href} underline="hover" aria-label={`${label}，查看记录`} sx={{ display: 'grid', gap: 0.5, color: 'inherit' }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
          <Typography component="span" sx={{ fontWeight: 600 }} data-testid="figure-value">{value}</Typography>
          <Typography component="span" variant="body2" color="text.secondary">目标 {shown(figure.target, figure.unit)}</Typography>
        </Box>
        <LinearProgress variant="determinate" value={(figure.progress ?? 0) * 100} color={figure.met ? 'success' : 'warning'}
          aria-label={label} sx={{ height: 8, borderRadius: 1 }} />
        <Typography component="span" variant="caption" color="text.secondary">{figure.met === null ? '' : figure.met ? '已达标 · ' : '未达标 · '}{figure.detail}</Typography>
      </MuiLink>
    </TableCell>
  );
}

export function TownshipProgressTable({ progress }: { progress: LoadedProgress }) {
  const headers = progress.rows[0]?.figures ?? [];
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="各乡镇规划目标完成情况">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 120 }}>乡镇</TableCell>
            {headers.map((figure) => <TableCell key={figure.code} title={figure.definition}>{figure.label}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {progress.rows.map((row) => (
            <TableRow key={row.townshipId} data-testid={`progress-row-${row.townshipId}`} sx={row.townshipId === TOTAL_COLUMN ? { bgcolor: 'action.hover' } : undefined}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>{row.name}</TableCell>
              {row.figures.map((figure) => (
                <FigureCell key={figure.code} figure={figure} township={row.name} href={listLink(describeKind(figure.kind).path, figure.link)} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
