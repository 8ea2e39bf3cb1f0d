// What the ledger's parts share: the database, the rules, the keyed hasher, the clock, and
// the device settings that say who writes and for which township.
import { localDateOf } from '#shared/domain/calendar/dates';
import type { RuleContext } from '#shared/domain/rules/context';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { CaseNumbering } from './case-number-control';
import type { Actor, ReferenceStore, SettingsStore } from './contract';
import type { TaizhangDatabase } from './database';
import type { IdNumberHasher } from './id-number-hash';
import { readRuleContext } from './rule-context';
import type { SaveJournal } from './save-journal';
import type { StoreRules } from './rules';

export interface LedgerDeps {
  db: TaizhangDatabase;
  rules: StoreRules;
  hash: IdNumberHasher;
  clock: () => Date;
  settings: SettingsStore;
  reference: ReferenceStore;
  /** Makes a record, its search words and its history entry one save (decision 029). */
  journal: SaveJournal;
  /** Server blocks while enrolled (docs/decisions/008); absent = this device's own counter. */
  numbering?: CaseNumbering;
}

export const todayOf = (clock: () => Date): string => localDateOf(clock());

export function collectionOf<K extends LedgerKind>(db: TaizhangDatabase, kind: K): TaizhangDatabase[K] {
  return db[kind];
}

export type LedgerRecord<K extends LedgerKind> = LedgerRecordByKind[K];

/** Loads what the rules need to know (officers for 持证 checks, the working-day calendar, the county's settings). */
export function ruleContext(deps: LedgerDeps): Promise<RuleContext> {
  const officers = async () => (await deps.db.officer.find({ selector: { trashed: false }, sort: [{ newestFirstKey: 'asc' }] }).exec())
    .map((doc) => doc.toMutableJSON());
  return readRuleContext(deps.reference, officers, todayOf(deps.clock));
}

/** A record without a township or an operator cannot be synced or audited: refuse it with a fix. */
export function writerIssues(townshipId: string, actor: Actor): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (!townshipId) {
    issues.push({ code: 'SETTINGS_TOWNSHIP_MISSING', message: '本机还没有设置所属乡镇，请先在“设置”中选择乡镇', severity: 'error' });
  }
  if (!actor.person.trim()) {
    issues.push({ code: 'SETTINGS_OPERATOR_MISSING', message: '还没有填写经办人姓名，请先在“设置”中填写', severity: 'error' });
  }
  return issues;
}

interface ValidationDetail { field?: string; path?: string; message?: string }

/** The schema errors of a refused write: an RxError VD2 (single insert) or a 422 row of a bulk write. */
function validationDetails(error: unknown): ValidationDetail[] | undefined {
  const rxError = error as { code?: string; parameters?: { writeError?: { validationErrors?: ValidationDetail[] } } };
  if (rxError.code === 'VD2') {
    const writeError = rxError.parameters?.writeError;
    return writeError?.validationErrors ?? [];
  }
  const row = error as { status?: number; validationErrors?: ValidationDetail[] };
  return row.status === 422 ? (row.validationErrors ?? []) : undefined;
}

/** A write RxDB refused (schema check, conflict …) as an issue the form can show. */
export function writeErrorIssue(error: unknown): DomainIssue {
  const details = validationDetails(error);
  if (details) {
    const first = details[0];
    const where = first ? `（${[first.field ?? first.path, first.message].filter(Boolean).join(' ')}）` : '';
    return { code: 'RECORD_SCHEMA_INVALID', message: `记录内容不符合格式要求${where}，请检查后再保存`, severity: 'error' };
  }
  const status = (error as { status?: number }).status;
  const text = error instanceof Error ? error.message : status !== undefined ? `存储返回 ${status}` : String(error);
  return { code: 'RECORD_WRITE_FAILED', message: `保存失败：${text}`, severity: 'error' };
}
