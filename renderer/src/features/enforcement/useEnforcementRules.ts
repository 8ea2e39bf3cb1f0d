// What the enforcement form needs before it opens: the rule context (app/useRuleValidation's, which
// reads the officer register) and the officers to choose from. Officers a case already names but the
// register read did not return (deleted, or beyond its bound) are fetched one by one so the picker can
// name them; only live ones join officersById, as in the store, so a deleted officer is refused.
import { useCallback } from 'react';
import type { RuleContext } from '#shared/domain/rules/context';
import type { Officer, ReferenceData } from '#shared/domain/schemas/index';
import { loadRuleContext } from '../../app/useRuleValidation';
import { useAsync } from '../../components/async/useAsync';
import { useFollowStore } from '../../app/useFollowStore';
import { useAppStore } from '../../app/store-context';
import type { AppStore } from '../../store/contract';
import { localDateOf } from '#shared/domain/calendar/dates';

export interface EnforcementRules {
  context: RuleContext;
  /** Everyone the picker offers or shows, deleted ones included (marked by `trashed`). */
  officers: Officer[];
  powerItems: ReferenceData[];
}

export async function loadEnforcementRules(store: AppStore, today: string, namedOfficerIds: readonly string[]): Promise<EnforcementRules> {
  const [context, powerItems] = await Promise.all([loadRuleContext(store, today), store.reference.list('powerItem')]);
  const missing = [...new Set(namedOfficerIds)].filter((id) => !context.officersById.has(id));
  const fetched = (await Promise.all(missing.map((id) => store.ledger.get('officer', id)))).filter((officer): officer is Officer => officer !== null);
  const officersById = new Map(context.officersById);
  for (const officer of fetched) if (!officer.trashed) officersById.set(officer.id, officer);
  return { context: { ...context, officersById }, officers: [...context.officersById.values(), ...fetched], powerItems };
}

export function useEnforcementRules(namedOfficerIds: readonly string[]) {
  const store = useAppStore();
  const key = namedOfficerIds.join(',');
  const load = useCallback(
    () => loadEnforcementRules(store, localDateOf(store.clock()), key ? key.split(',') : []),
    [store, key],
  );
  const state = useAsync(load);
  // The 权责清单 and the officer register follow sync while the form is open (the rules with them).
  useFollowStore(state.reload, followRules);
  return state;
}

const followRules = { reference: true, ledgers: ['officer'] } as const;
