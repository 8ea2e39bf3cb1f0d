// The charts beside the tables: cases received by dispute type, and per month the cases received with the
// success rate; for the county, cases received per township. Read from the same figures as the tables.
import { Box, Paper, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { monthLabel } from '#shared/domain/statistics/period';
import { TOTAL_COLUMN, type PeriodStatistics } from '#shared/domain/statistics/period-statistics';
import type { StatisticsNames } from '#shared/domain/statistics/statistics-tables';

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} component="figure" aria-label={title} style={{ margin: 0 }}>
      <Typography variant="subtitle1" component="figcaption" sx={{ fontWeight: 600 }}>{title}</Typography>
      {children}
    </Paper>
  );
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);

export function StatisticsCharts({ statistics, names }: { statistics: PeriodStatistics; names: StatisticsNames }) {
  const whole = statistics.columns.find((column) => column.key === TOTAL_COLUMN) ?? statistics.columns[0];
  if (!whole) return null;
  const types = names.disputeTypes
    .map((type) => ({ name: type.name, count: whole.mediation.byDisputeType[type.code] ?? 0 }))
    .filter((type) => type.count > 0);
  const townships = statistics.columns.filter((column) => column.key !== TOTAL_COLUMN);
  const zeroMonths = whole.mediation.months.filter((month) => month.zeroReport);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <ChartCard title="受理纠纷类型分布">
        {types.length === 0 ? <Typography color="text.secondary" sx={{ py: 4 }}>本期未受理纠纷（零上报）</Typography> : (
          <BarChart height={Math.max(200, 48 + types.length * 32)} layout="horizontal" hideLegend
            yAxis={[{ scaleType: 'band', data: types.map((type) => type.name), width: 130 }]}
            xAxis={[{ tickMinStep: 1, label: '件' }]}
            series={[{ data: types.map((type) => type.count), label: '受理件数' }]} />
        )}
      </ChartCard>
      <ChartCard title="各月受理与调解成功率">
        {whole.mediation.months.every((month) => month.zeroReport) ? <Typography color="text.secondary" sx={{ py: 4 }}>本期各月均为零上报</Typography> : (
        <BarChart height={260}
          xAxis={[{ scaleType: 'band', data: whole.mediation.months.map((month) => monthLabel(month.month)) }]}
          yAxis={[{ id: 'count', tickMinStep: 1, label: '件' }]}
          series={[
            { data: whole.mediation.months.map((month) => month.received), label: '受理件数', yAxisId: 'count' },
            { data: whole.mediation.months.map((month) => month.succeeded), label: '调解成功件数', yAxisId: 'count' },
          ]} />
        )}
        {zeroMonths.length > 0 && zeroMonths.length < whole.mediation.months.length && (
          <Typography variant="body2" sx={{ color: 'warning.dark' }}>零上报：{zeroMonths.map((month) => monthLabel(month.month)).join('、')}</Typography>
        )}
        {whole.mediation.months.length > 1 && whole.mediation.months.some((month) => month.successRate !== null) && (
          <LineChart height={200}
            xAxis={[{ scaleType: 'point', data: whole.mediation.months.map((month) => monthLabel(month.month)) }]}
            yAxis={[{ min: 0, max: 100, label: '%' }]}
            series={[{ data: whole.mediation.months.map((month) => (month.successRate === null ? null : Math.round(month.successRate * 1000) / 10)), label: '调解成功率', connectNulls: true, showMark: true, valueFormatter: (value) => (value === null ? '—' : `${value}%`) }]} />
        )}
        {whole.mediation.months.length === 1 && <Typography variant="body2">本月调解成功率：{percent(whole.mediation.successRate)}</Typography>}
      </ChartCard>
      {townships.length > 1 && (
        <ChartCard title="各乡镇受理与调解成功">
          <BarChart height={280}
            xAxis={[{ scaleType: 'band', data: townships.map((column) => names.townships[column.key] ?? column.key) }]}
            yAxis={[{ tickMinStep: 1, label: '件' }]}
            series={[
              { data: townships.map((column) => column.mediation.received), label: '受理件数' },
              { data: townships.map((column) => column.mediation.succeeded), label: '调解成功件数' },
            ]} />
        </ChartCard>
      )}
    </Box>
  );
}
