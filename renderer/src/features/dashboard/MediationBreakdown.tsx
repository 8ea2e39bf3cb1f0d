// 工作台 → 人民调解案件构成: the year's cases received, by dispute type and by 案件来源, as the county's
// statistics ask for them (most first, with each one's share of the year's cases).
import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { mediationSourceLabels } from '#shared/domain/labels';
import type { YearCounts } from '#shared/domain/figures/year-figures';
import type { MediationSource } from '#shared/domain/labels';
import { useReferenceLabels } from '../../app/useReference';

const share = (count: number, total: number) => (total > 0 ? `${Math.round((count / total) * 1000) / 10}%` : '—');

function CountTable({ title, rows, total }: { title: string; rows: { label: string; count: number }[]; total: number }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>{title}</Typography>
      {rows.length === 0 ? <Typography variant="body2" color="text.secondary">本年度尚无受理的调解案件</Typography> : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow><TableCell>{title.replace('按', '')}</TableCell><TableCell align="right">件数</TableCell><TableCell align="right">占比</TableCell></TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.label}>
                <TableCell>{row.label}</TableCell>
                <TableCell align="right">{row.count}</TableCell>
                <TableCell align="right">{share(row.count, total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

const mostFirst = (rows: { label: string; count: number }[]) => [...rows].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));

export function MediationBreakdown({ counts }: { counts: YearCounts }) {
  const disputeTypes = useReferenceLabels('disputeType');
  const { received, byDisputeType, bySource } = counts.mediation;
  const byType = mostFirst(Object.entries(byDisputeType).map(([code, count]) => ({ label: disputeTypes.all[code] ?? code, count })));
  const bySourceRows = mostFirst((Object.entries(bySource) as [MediationSource, number][]).map(([source, count]) => ({ label: mediationSourceLabels[source], count })));
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="人民调解案件构成">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>人民调解案件构成（{counts.year}年受理 {received} 件）</Typography>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        <CountTable title="按纠纷类型" rows={byType} total={received} />
        <CountTable title="按案件来源" rows={bySourceRows} total={received} />
      </Box>
    </Paper>
  );
}
