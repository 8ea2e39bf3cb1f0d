// This year's distinct laws studied before executive meetings against the county's target, computed
// exactly as the dashboard does (store.yearCounts + yearFigures), so the two never disagree.
import { useCallback } from 'react';
import { Alert } from '@mui/material';
import { yearFigures } from '#shared/domain/figures/year-figures';
import { targetCodes } from '#shared/domain/reference/targets';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { useThisYear } from '../../app/useToday';

export function LawTargetNotice() {
  const store = useAppStore();
  const year = useThisYear();
  const load = useCallback(async () => {
    const [counts, targets, settings] = await Promise.all([store.yearCounts(year), store.reference.list('target'), store.reference.list('setting')]);
    return yearFigures(counts, [...targets, ...settings]).find((figure) => figure.code === targetCodes.lawsStudiedBeforeMeetings);
  }, [store, year]);
  const { data: figure, error } = useAsync(load);
  if (error !== undefined || !figure) return null;
  const studied = figure.value ?? 0;
  const short = Math.max(0, figure.target - studied);
  return (
    <Alert severity={figure.met ? 'success' : 'info'} sx={{ py: 0, alignItems: 'center' }} aria-label="年度会前学法进度" title={figure.definition}>
      {year}年会前学法已学 <strong>{studied}</strong> 部法律法规，目标 {figure.target} 部{figure.met ? '，已完成' : `，还差 ${short} 部`}
    </Alert>
  );
}
