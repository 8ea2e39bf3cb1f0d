// 统计报表: the figures the county justice bureau asks for, per month, quarter or year — tables with charts,
// for this township or (county role) every township side by side — and their export to .xlsx.
import { useCallback, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { checkPeriod, periodLabel, type Period } from '#shared/domain/statistics/period';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useFiles } from '../../app/files-context';
import { useToday } from '../../app/useToday';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { loadStatistics } from './load-statistics';
import { PeriodPicker } from './PeriodPicker';
import { StatisticsCharts } from './StatisticsCharts';
import { StatisticsTableView } from './StatisticsTableView';
import { statisticsFileName, statisticsWorkbook } from './statistics-workbook';

export function StatisticsPage() {
  const store = useAppStore();
  const { settings } = useDeviceSettings();
  const { saveFile } = useFiles();
  const today = useToday();
  const [period, setPeriod] = useState<Period>({ type: 'month', year: Number(today.slice(0, 4)), index: Number(today.slice(5, 7)) });
  const [exporting, setExporting] = useState<{ state: 'idle' | 'busy' } | { state: 'done' | 'failed'; message: string }>({ state: 'idle' });
  const checked = checkPeriod(period, today);
  const load = useCallback(
    () => (checkPeriod(period, today).ok ? loadStatistics(store, settings, period) : Promise.resolve(undefined)),
    [store, settings, period, today],
  );
  const loaded = useAsync(load);
  const data = loaded.data;

  const exportXlsx = async () => {
    if (!data) return;
    setExporting({ state: 'busy' });
    try {
      const saved = await saveFile({ suggestedName: statisticsFileName(data), contents: await statisticsWorkbook(data), filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
      if (!saved.ok) throw new Error(saved.error.message);
      setExporting({ state: 'done', message: saved.value.savedTo ? `已导出到 ${saved.value.savedTo}` : `已导出「${statisticsFileName(data)}」` });
    } catch (error) {
      setExporting({ state: 'failed', message: `导出失败：${describeError(error).message}` });
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>统计报表</Typography>
        <PeriodPicker period={period} today={today} onChange={(next) => { setPeriod(next); setExporting({ state: 'idle' }); }} />
        <Button variant="contained" startIcon={<DownloadIcon />} disabled={!data || loaded.loading || exporting.state === 'busy'} sx={{ textTransform: 'none' }} onClick={() => void exportXlsx()}>导出Excel</Button>
      </Box>
      {!checked.ok && <Alert severity="warning">{checked.message}</Alert>}
      {exporting.state === 'done' && <Alert severity="success">{exporting.message}</Alert>}
      {exporting.state === 'failed' && <Alert severity="error">{exporting.message}</Alert>}
      {loaded.error !== undefined && <Alert severity="error">读取统计数据失败：{describeError(loaded.error).message}</Alert>}
      {checked.ok && !data && loaded.loading && <LoadingState />}
      {data && (
        <Box sx={{ display: 'grid', gap: 2, opacity: loaded.loading ? 0.6 : 1 }}>
          <Typography variant="h6" component="p" data-testid="statistics-scope">{data.scopeName} {periodLabel(data.statistics.period)}</Typography>
          {data.statistics.columns.every((column) => column.mediation.received === 0) && (
            <Alert severity="info">{periodLabel(data.statistics.period)}未受理矛盾纠纷，按零上报报送。</Alert>
          )}
          <StatisticsCharts statistics={data.statistics} names={data.names} />
          <Box sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', lg: data.statistics.columns.length > 2 ? '1fr' : 'repeat(2, minmax(0, 1fr))' } }}>
            {data.tables.map((table) => (
              <StatisticsTableView key={table.id} table={table} note={table.id === 'mediation' || table.id === 'monthRates' ? `口径：${data.rule.definition}` : undefined} />
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}
