// One of the plan's yearly figures against its target: value / target, met or not, and for the
// success rate its definition (local reports count it differently).
import { Box, Chip, Paper, Typography } from '@mui/material';
import type { Figure } from '#shared/domain/figures/year-figures';

const formatValue = (value: number | null, unit: Figure['unit']): string => {
  if (value === null) return '—';
  return unit === 'ratio' ? `${(value * 100).toFixed(1).replace(/\.0$/, '')}%` : String(value);
};

const metLabel = (met: boolean | null): string => (met === null ? '暂无数据' : met ? '已达标' : '未达标');

export function FigureCard({ figure }: { figure: Figure }) {
  return (
    <Paper variant="outlined" component="section" aria-label={figure.label} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle2" component="h2" sx={{ flexGrow: 1 }}>{figure.label}</Typography>
        <Chip size="small" label={metLabel(figure.met)} color={figure.met ? 'success' : figure.met === false ? 'warning' : 'default'}
          variant={figure.met ? 'filled' : 'outlined'} />
      </Box>
      <Typography component="p" variant="h4" sx={{ fontWeight: 600 }}>
        {formatValue(figure.value, figure.unit)}
        <Typography component="span" variant="body1" color="text.secondary"> / 目标 {formatValue(figure.target, figure.unit)}</Typography>
      </Typography>
      {figure.definition && <Typography variant="caption" color="text.secondary">{figure.definition}</Typography>}
    </Paper>
  );
}
