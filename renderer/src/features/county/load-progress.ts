// Reads this year's statistics (the same load as 统计报表, decision 022) and the plan's targets, and hands them
// to the pure townshipProgress in shared/.
import { townshipProgress, type TownshipProgress } from '#shared/domain/county/township-progress';
import type { Period } from '#shared/domain/statistics/period';
import type { AppStore, DeviceSettings } from '../../store/contract';
import { loadStatistics } from '../statistics/load-statistics';

export interface LoadedProgress {
  year: number;
  rows: TownshipProgress[];
}

export async function loadProgress(store: AppStore, settings: Pick<DeviceSettings, 'role' | 'townshipId'>, year: number): Promise<LoadedProgress> {
  const period: Period = { type: 'year', year, index: 1 };
  const [loaded, targets, reference] = await Promise.all([
    loadStatistics(store, settings, period),
    store.reference.list('target'),
    store.reference.list('setting'),
  ]);
  return { year, rows: townshipProgress(loaded.statistics, [...targets, ...reference], loaded.names.townships) };
}
