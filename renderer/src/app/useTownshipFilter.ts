// The 乡镇 group of a ledger list's 筛选, on the county's PC only (a township sees its own records alone):
// the county's lists filter by township, and a figure of 全县概览 opens its township's list (decision 026).
import { useMemo } from 'react';
import type { FilterGroup } from '../components/list/ListToolbar';
import { useDeviceSettings } from './settings-context';
import { useReferenceLabels } from './useReference';

export function useTownshipFilterGroups(): FilterGroup[] {
  const { settings } = useDeviceSettings();
  const townships = useReferenceLabels('township');
  return useMemo(() => (settings.role === 'county'
    ? [{ field: 'townshipId', label: '乡镇', options: Object.entries(townships.all).map(([value, label]) => ({ value, label })) }]
    : []), [settings.role, townships.all]);
}
