// The dry run of an import: which file column fills which field, and for every row whether it imports, is
// already in the ledger (or earlier in the file), or is refused — with its row number as Excel shows it and
// the reasons in Chinese (the kind's own rules included). Nothing is written here.
import type { Draft } from '../draft';
import { hasErrors, type DomainIssue } from '../issue';
import type { LedgerKind } from '../schemas/index';
import type { SheetCell } from './cells';
import { cellText } from './cells';
import type { ImportContext, ImportField, LedgerImport } from './description';

/** Field key → index of the file column that fills it. */
export type ColumnMapping = Readonly<Record<string, number | undefined>>;

export interface SheetRows {
  headers: readonly string[];
  /** Data rows with the row number Excel shows for each. */
  rows: readonly { rowNumber: number; cells: readonly SheetCell[] }[];
}

const normalise = (header: string) => header.replace(/[\s（）()：:*]/g, '');

/** Each field's column whose header is its name or an alias (the app's own export maps by itself). */
export function autoMapping(fields: readonly ImportField[], headers: readonly string[]): ColumnMapping {
  const byHeader = new Map(headers.map((header, index) => [normalise(header), index]));
  return Object.fromEntries(fields.map((field) => [field.key, [field.label, ...field.aliases].map((name) => byHeader.get(normalise(name))).find((index) => index !== undefined)]));
}

/** Required fields no column fills, by name: the mapping step cannot go on until each has one. */
export const unmappedRequired = (fields: readonly ImportField[], mapping: ColumnMapping): string[] =>
  fields.filter((field) => field.required && mapping[field.key] === undefined).map((field) => field.label);

export interface ImportPlan<K extends LedgerKind> {
  good: { rowNumber: number; draft: Draft<K> }[];
  duplicates: { rowNumber: number; reason: string }[];
  bad: { rowNumber: number; reasons: string[] }[];
}

export interface PlanInput<K extends LedgerKind> {
  ledgerImport: LedgerImport<K>;
  sheet: SheetRows;
  mapping: ColumnMapping;
  context: ImportContext;
  /** The kind's rules, as the store runs them on save. */
  validate: (draft: Draft<K>) => DomainIssue[];
  /** sameCaseKey of every record already in the ledger. */
  existingKeys: ReadonlySet<string>;
}

export function planImport<K extends LedgerKind>({ ledgerImport, sheet, mapping, context, validate, existingKeys }: PlanInput<K>): ImportPlan<K> {
  const plan: ImportPlan<K> = { good: [], duplicates: [], bad: [] };
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const row = Object.fromEntries(ledgerImport.fields.map((field) => {
      const index = mapping[field.key];
      return [field.key, index === undefined ? undefined : cells[index]];
    }));
    const made = ledgerImport.draftOf(row, context);
    if (!made.ok) {
      plan.bad.push({ rowNumber, reasons: made.problems });
      continue;
    }
    const errors = validate(made.draft).filter((issue) => issue.severity === 'error');
    if (hasErrors(errors)) {
      plan.bad.push({ rowNumber, reasons: errors.map((issue) => issue.message) });
      continue;
    }
    const key = ledgerImport.sameCaseKey(made.draft);
    const earlier = seen.get(key);
    if (existingKeys.has(key)) plan.duplicates.push({ rowNumber, reason: '台账中已有这件案件' });
    else if (earlier !== undefined) plan.duplicates.push({ rowNumber, reason: `与第 ${String(earlier)} 行是同一条记录` });
    else {
      seen.set(key, rowNumber);
      plan.good.push({ rowNumber, draft: made.draft });
    }
  }
  return plan;
}
