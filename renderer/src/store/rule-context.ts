// The rule context as it is read, the same way for the store on every write and for a form (or the
// dashboard) before it: the county's reference data as this store holds it, and every officer not in
// the recycle bin. Only where the officers come from differs; what they are is the same.
import { ruleContextFrom, type RuleContext } from '#shared/domain/rules/context';
import type { Officer } from '#shared/domain/schemas/index';
import type { LedgerStore, ReferenceStore } from './contract';

export async function readRuleContext(reference: ReferenceStore, officers: () => Promise<readonly Officer[]>, today: string): Promise<RuleContext> {
  const [calendarYears, laws, disputeTypes, powerItems, settings, everyOfficer] = await Promise.all([
    reference.list('calendarYear'),
    reference.list('law'),
    reference.list('disputeType'),
    reference.list('powerItem'),
    reference.list('setting'),
    officers(),
  ]);
  return ruleContextFrom({ today, officers: everyOfficer, calendarYears, laws, disputeTypes, powerItems, settings });
}

/** A page of the officer list; a township has tens, the county a few hundred. */
const OFFICER_PAGE = 500;

/** Every officer not in the recycle bin, read page by page through the store's list (no cap). */
export function listedOfficers(ledger: Pick<LedgerStore, 'list'>): () => Promise<Officer[]> {
  return async () => {
    const officers: Officer[] = [];
    let after: string | undefined;
    do {
      const page = await ledger.list('officer', { pageSize: OFFICER_PAGE, ...(after ? { after } : {}) });
      officers.push(...page.rows);
      after = page.nextCursor;
    } while (after);
    return officers;
  };
}
