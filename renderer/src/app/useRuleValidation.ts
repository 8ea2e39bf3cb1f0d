// The shared rules as a form runs them before saving: validateRecord with what the rules need to know
// (today, officers, working-day calendar, catalogues). The store runs the same rules again on write.
import { useCallback } from 'react';
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/issue';
import type { RuleContext } from '#shared/domain/rules/context';
import { validateRecord } from '#shared/domain/by-kind/validate';
import { localDateOf } from '#shared/domain/calendar/dates';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { useAsync } from '../components/async/useAsync';
import type { AppStore } from '../store/contract';
import { listedOfficers, readRuleContext } from '../store/rule-context';
import { useAppStore } from './store-context';
import { useFollowStore } from './useFollowStore';

/** The context the store builds on write (store/rule-context.ts), read through the store's API. */
export function loadRuleContext(store: AppStore, today: string): Promise<RuleContext> {
  return readRuleContext(store.reference, listedOfficers(store.ledger), today);
}

const followRuleInputs = { reference: true, ledgers: ['officer'] } as const;

/**
 * The context as of this check: a form's context is read when it opens, but "today" is the clock's at
 * each check. A form left open past midnight (in the evening, or overnight on an office PC) would
 * otherwise refuse the new day's dates as 晚于今天 — the date a new 调解记录 takes by default among them.
 */
export const asOfNow = (context: RuleContext, clock: () => Date): RuleContext => ({ ...context, today: localDateOf(clock()) });

/**
 * `recordId`: the record the form edits or the page shows, so rules comparing it with the others of its
 * kind skip it; a list passes each row's id as the second argument instead.
 */
export function useRuleValidation<K extends LedgerKind>(kind: K, recordId?: string): (draft: Draft<K>, rowId?: string) => DomainIssue[] {
  const store = useAppStore();
  const load = useCallback(() => loadRuleContext(store, localDateOf(store.clock())), [store]);
  const { data: context, reload } = useAsync(load);
  useFollowStore(reload, followRuleInputs);
  // Until the context is read the form defers to the store, which validates every write anyway.
  return useCallback((draft: Draft<K>, rowId?: string) => {
    if (!context) return [];
    const id = rowId ?? recordId;
    const now = asOfNow(context, store.clock);
    return validateRecord(kind, draft, id === undefined ? now : { ...now, recordId: id });
  }, [kind, context, recordId, store]);
}
