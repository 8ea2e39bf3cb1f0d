// 导入 Excel into a ledger: the dry run (what every row would become, read against the ledger as it is) and
// the commit, which writes all the good rows or, when the file has bad rows and the official did not choose
// to import only the good ones, nothing.
import { localDateOf } from '#shared/domain/calendar/dates';
import { describeKind } from '#shared/domain/kinds/index';
import type { ImportContext, LedgerImport } from '#shared/domain/ledger-import/description';
import { planImport, type ColumnMapping, type ImportPlan, type SheetRows } from '#shared/domain/ledger-import/plan';
import { validateRecord } from '#shared/domain/by-kind/validate';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { Actor, AppStore, BulkSaveResult } from '../store/contract';
import { loadRuleContext } from './useRuleValidation';

export function ledgerImportOf<K extends LedgerKind>(kind: K): LedgerImport<K> {
  const ledgerImport = describeKind(kind).ledgerImport;
  if (!ledgerImport) throw new Error(`IMPORT_NOT_AVAILABLE: ${describeKind(kind).label}不能从 Excel 导入`);
  return ledgerImport;
}

async function importContext(store: AppStore): Promise<ImportContext> {
  const [settings, townships, disputeTypes] = await Promise.all([store.settings.get(), store.reference.list('township'), store.reference.list('disputeType')]);
  const township = townships.find((entry) => entry.code === settings.townshipId)?.name ?? '';
  const codes = new Map(disputeTypes.map((entry) => [entry.name, entry.code]));
  return { committee: `${township}人民调解委员会`, referenceCode: (_kind, name) => codes.get(name) };
}

async function existingKeys<K extends LedgerKind>(store: AppStore, kind: K, ledgerImport: LedgerImport<K>): Promise<Set<string>> {
  const keys = new Set<string>();
  let after: string | undefined;
  do {
    const page = await store.ledger.list(kind, { pageSize: 1_000, after });
    for (const record of page.rows) keys.add(ledgerImport.sameCaseKey(record));
    after = page.nextCursor;
  } while (after !== undefined);
  return keys;
}

export async function dryRunImport<K extends LedgerKind>(store: AppStore, kind: K, sheet: SheetRows, mapping: ColumnMapping): Promise<ImportPlan<K>> {
  const ledgerImport = ledgerImportOf(kind);
  const [context, rules, keys] = await Promise.all([
    importContext(store), loadRuleContext(store, localDateOf(store.clock())), existingKeys(store, kind, ledgerImport),
  ]);
  return planImport({ ledgerImport, sheet, mapping, context, validate: (draft) => validateRecord(kind, draft, rules), existingKeys: keys });
}

/**
 * Writes the plan's good rows. With bad rows in the file it writes nothing unless `onlyGood` says the
 * official chose to import the good rows alone.
 */
export async function commitImport<K extends LedgerKind>(store: AppStore, kind: K, plan: ImportPlan<K>, onlyGood: boolean, actor: Actor): Promise<BulkSaveResult> {
  if (plan.bad.length > 0 && !onlyGood) throw new Error(`IMPORT_HAS_BAD_ROWS: 文件中有 ${String(plan.bad.length)} 行有问题，未导入任何记录`);
  return store.ledger.createMany(kind, plan.good.map((entry) => entry.draft), actor);
}
