// 全县概览 (decision 026): the county's PC sees each township's year against the plan's targets, from the
// records synced to it (works offline), and each PC's sync health, from the county server.
import { useCallback } from 'react';
import { progressKinds } from '#shared/domain/county/township-progress';
import { Alert, Box, Typography } from '@mui/material';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useThisYear } from '../../app/useToday';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { useReloadOnChange } from '../../components/list/useReloadOnChange';
import { DeviceHealthSection } from './DeviceHealthSection';
import { loadProgress } from './load-progress';
import { TownshipProgressTable } from './TownshipProgressTable';

export function CountyPage() {
  const store = useAppStore();
  const { settings } = useDeviceSettings();
  const year = useThisYear();
  const load = useCallback(() => loadProgress(store, settings, year), [store, settings, year]);
  const progress = useAsync(load);
  // Records keep arriving from the townships while the page is open: the figures follow them.
  const watch = useCallback((listener: () => void) => {
    const stops = progressKinds.map((kind) => store.ledger.watch(kind, listener));
    return () => stops.forEach((stop) => stop());
  }, [store]);
  useReloadOnChange(watch, progress.reload);

  if (settings.role !== 'county') {
    return <Alert severity="info">全县概览只在县司法局的电脑上显示；本机是乡镇的电脑，请看“工作台”和“统计报表”。</Alert>;
  }
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Typography variant="h5" component="h1">全县概览</Typography>
      <Box component="section" aria-labelledby="county-progress-title" sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2" id="county-progress-title">{year}年各乡镇规划目标完成情况</Typography>
        <Typography variant="body2" color="text.secondary">按已同步到本机的记录统计；点击数字查看该乡镇本年度的记录。</Typography>
        {progress.error !== undefined && <Alert severity="error">读取统计数据失败：{describeError(progress.error).message}</Alert>}
        {!progress.data && progress.loading && <LoadingState />}
        {progress.data && <TownshipProgressTable progress={progress.data} />}
      </Box>
      <DeviceHealthSection />
    </Box>
  );
}
