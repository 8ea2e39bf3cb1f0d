// 导入 Excel into a ledger: the dry run (what every row would become, read against the ledger as it is) and
// the commit, which writes all the good rows or, when the file has bad rows and the official did not choose
// to import only the good ones, nothing. Both report progress and stop when the signal is aborted: the dry run
// writes nothing; the commit stops between batches, so every record written is whole and the rest are not
// written, and the same file imported again adds only the rest (its written rows are then duplicates).
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
  const [settings, townships, disputeTypes, laws, officers] = await Promise.all([
    store.settings.get(), store.reference.list('township'), store.reference.list('disputeType'), store.reference.list('law'), allOfficers(store),
  ]);
  const township = townships.find((entry) => entry.code === settings.townshipId)?.name ?? '';
  const codes = new Map(disputeTypes.map((entry) => [entry.name, entry.code]));
  const lawIds = new Map(laws.flatMap((law) => [law.name, law.details.shortName].filter((name): name is string => Boolean(name)).map((name) => [name, law.id] as const)));
  // A name two officers share names neither: the participant is imported without the link.
  const officerIds = new Map<string, string | undefined>();
  for (const officer of officers) officerIds.set(officer.name, officerIds.has(officer.name) ? undefined : officer.id);
  return {
    committee: `${township}人民调解委员会`, organiser: `${township}人民政府`,
    referenceCode: (_kind, name) => codes.get(name), lawIdByName: (name) => lawIds.get(name), officerIdByName: (name) => officerIds.get(name),
  };
}

async function allOfficers(store: AppStore): Promise<{ id: string; name: string }[]> {
  const officers: { id: string; name: string }[] = [];
  let after: string | undefined;
  do {
    const page = await store.ledger.list('officer', { pageSize: 1_000, after });
    officers.push(...page.rows.map((officer) => ({ id: officer.id, name: officer.name })));
    after = page.nextCursor;
  } while (after !== undefined);
  return officers;
}

export interface ImportProgress {
  phase: 'reading' | 'saving';
  done: number;
  /** Rows to save; absent while the ledger's existing records are read. */
  total?: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Records saved per store call; the signal is looked at between two. */
  batchSize?: number;
}

/** What a commit wrote; `stopped` when the signal ended it before every good row was saved. */
export interface ImportResult extends BulkSaveResult {
  stopped: boolean;
}

async function existingKeys<K extends LedgerKind>(store: AppStore, kind: K, ledgerImport: LedgerImport<K>, options: ImportOptions): Promise<Set<string>> {
  const keys = new Set<string>();
  let after: string | undefined;
  do {
    options.signal?.throwIfAborted();
    const page = await store.ledger.list(kind, { pageSize: 1_000, after });
    for (const record of page.rows) keys.add(ledgerImport.sameCaseKey(record));
    after = page.nextCursor;
    options.onProgress?.({ phase: 'reading', done: keys.size });
  } while (after !== undefined);
  return keys;
}

export async function dryRunImport<K extends LedgerKind>(store: AppStore, kind: K, sheet: SheetRows, mapping: ColumnMapping, options: ImportOptions = {}): Promise<ImportPlan<K>> {
  const ledgerImport = ledgerImportOf(kind);
  const [context, rules, keys] = await Promise.all([
    importContext(store), loadRuleContext(store, localDateOf(store.clock())), existingKeys(store, kind, ledgerImport, options),
  ]);
  options.signal?.throwIfAborted();
  return planImport({ ledgerImport, sheet, mapping, context, validate: (draft) => validateRecord(kind, draft, rules), existingKeys: keys });
}

/**
 * Writes the plan's good rows. With bad rows in the file it writes nothing unless `onlyGood` says the
 * official chose to import the good rows alone.
 */
export async function commitImport<K extends LedgerKind>(
  store: AppStore, kind: K, plan: ImportPlan<K>, onlyGood: boolean, actor: Actor, options: ImportOptions = {},
): Promise<ImportResult> {
  if (plan.bad.length > 0 && !onlyGood) throw new Error(`IMPORT_HAS_BAD_ROWS: 文件中有 ${String(plan.bad.length)} 行有问题，未导入任何记录`);
  const drafts = plan.good.map((entry) => entry.draft);
  // ~100 saves take a few seconds on a slow office PC: progress moves and 停止 is heard that often.
  const batchSize = options.batchSize ?? 100;
  const result: ImportResult = { saved: 0, rejected: [], stopped: false };
  options.onProgress?.({ phase: 'saving', done: 0, total: drafts.length });
  for (let start = 0; start < drafts.length; start += batchSize) {
    if (options.signal?.aborted) return { ...result, stopped: true };
    const batch = await store.ledger.createMany(kind, drafts.slice(start, start + batchSize), actor);
    result.saved += batch.saved;
    result.rejected.push(...batch.rejected.map((rejected) => ({ ...rejected, index: rejected.index + start })));
    options.onProgress?.({ phase: 'saving', done: Math.min(start + batchSize, drafts.length), total: drafts.length });
  }
  return result;
}
