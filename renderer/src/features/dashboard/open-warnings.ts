// 工作台's count of records the rules hold something against, per ledger kind: records that now
// break a rule (需更正) and records with a warning nobody has acknowledged (有提醒). Read from the
// newest records of each kind through the list index with a page limit, never a scan of every
// record; a kind with more records says the count covers only the newest ones.
import { acknowledgementKey, acknowledgementsOf } from '#shared/domain/rules/acknowledgement';
import type { RuleContext } from '#shared/domain/rules/context';
import { validateRecord } from '#shared/domain/by-kind/validate';
import { ledgerKinds, type LedgerKind } from '#shared/domain/schemas/index';
import type { AppStore } from '../../store/contract';
import { draftOnly } from '../../store/managed-fields';

/** The newest records per kind that are checked; older ones were checked when they were current. */
export const CHECKED_PER_KIND = 200;

export interface KindWarnings {
  kind: LedgerKind;
  /** Records with at least one error under today's rules. */
  toCorrect: number;
  /** Records with at least one warning not acknowledged (确认知悉). */
  toNotice: number;
  /** True when the kind has more records than were checked. */
  partial: boolean;
}

async function countKind(store: AppStore, kind: LedgerKind, context: RuleContext): Promise<KindWarnings> {
  const page = await store.ledger.list(kind, { pageSize: CHECKED_PER_KIND });
  let toCorrect = 0;
  let toNotice = 0;
  for (const row of page.rows) {
    const issues = validateRecord(kind, draftOnly(row) as never, { ...context, recordId: row.id });
    if (issues.some((issue) => issue.severity === 'error')) toCorrect++;
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    if (warnings.length === 0) continue;
    // History only for the few records with warnings: was every one of them acknowledged?
    const acknowledged = acknowledgementsOf(await store.ledger.history(row.id));
    if (warnings.some((issue) => !acknowledged.has(acknowledgementKey(issue)))) toNotice++;
  }
  return { kind, toCorrect, toNotice, partial: page.nextCursor !== undefined };
}

export async function loadOpenWarnings(store: AppStore, context: RuleContext): Promise<KindWarnings[]> {
  return Promise.all(ledgerKinds.map((kind) => countKind(store, kind, context)));
}
