// Reference data (county-owned lists) for selects and labels: dispute types, townships, targets …
import { useCallback, useMemo } from 'react';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { ReferenceKind } from '#shared/domain/schemas/reference-data';
import { useAsync } from '../components/async/useAsync';
import { useFollowStore } from './useFollowStore';
import { useAppStore } from './store-context';

const followReference = { reference: true } as const;

export function useReferenceEntries(kind: ReferenceKind): { entries: ReferenceData[] | undefined; error: unknown } {
  const store = useAppStore();
  const load = useCallback(() => store.reference.list(kind), [store, kind]);
  const { data, error, reload } = useAsync(load);
  // A picker open when sync brings the county's change (an item added or stopped) shows it.
  useFollowStore(reload, followReference);
  return { entries: data, error: data === undefined ? error : undefined };
}

/** code → name of the active entries (for EnumSelect), plus every entry's name for showing old records. */
export function useReferenceLabels(kind: ReferenceKind): { active: Record<string, string>; all: Record<string, string>; loaded: boolean } {
  const { entries } = useReferenceEntries(kind);
  return useMemo(() => ({
    active: Object.fromEntries((entries ?? []).filter((entry) => entry.active).map((entry) => [entry.code, entry.name])),
    all: Object.fromEntries((entries ?? []).map((entry) => [entry.code, entry.name])),
    loaded: entries !== undefined,
  }), [entries]);
}
