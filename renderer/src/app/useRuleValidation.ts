// The shared rules as a form runs them before saving: validateRecord with what the rules need to know
// (today, officers, working-day calendar, catalogues). The store runs the same rules again on write.
import { useCallback } from 'react';
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/rules/issue';
import type { RuleContext } from '#shared/domain/rules/context';
import { validateRecord } from '#shared/domain/rules/index';
import { localDateOf } from '#shared/domain/calendar/dates';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { useAsync } from '../components/async/useAsync';
import type { AppStore } from '../store/contract';
import { domainRules } from '../store/domain-rules';
import { useAppStore } from './store-context';

/** More officers than a township ever has; the rules only look up the ones a case names. */
const OFFICER_LIMIT = 1000;

/** The same context the store builds on write (`domainRules.makeContext`), from what the form can read. */
export async function loadRuleContext(store: AppStore, today: string): Promise<RuleContext> {
  const [calendarYears, laws, disputeTypes, settings, officers] = await Promise.all([
    store.reference.list('calendarYear'),
    store.reference.list('law'),
    store.reference.list('disputeType'),
    store.reference.list('setting'),
    store.ledger.list('officer', { pageSize: OFFICER_LIMIT }),
  ]);
  return domainRules.makeContext({ today, officers: officers.rows, calendarYears, laws, disputeTypes, settings });
}

/**
 * `recordId`: the record the form edits or the page shows, so rules comparing it with the others of its
 * kind skip it; a list passes each row's id as the second argument instead.
 */
export function useRuleValidation<K extends LedgerKind>(kind: K, recordId?: string): (draft: Draft<K>, rowId?: string) => DomainIssue[] {
  const store = useAppStore();
  const load = useCallback(() => loadRuleContext(store, localDateOf(store.clock())), [store]);
  const { data: context } = useAsync(load);
  // Until the context is read the form defers to the store, which validates every write anyway.
  return useCallback((draft: Draft<K>, rowId?: string) => {
    if (!context) return [];
    const id = rowId ?? recordId;
    return validateRecord(kind, draft, id === undefined ? context : { ...context, recordId: id });
  }, [kind, context, recordId]);
}
