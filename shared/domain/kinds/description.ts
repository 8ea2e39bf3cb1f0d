// What the generic parts of the app need to know about one ledger kind, in one place: how it is named and
// where its pages live, what it lists by, what a search finds it by, its statutory clocks, its title in
// mixed lists, its fields' Chinese names and its rules. Data and pure functions only; each kind fills
// one in its own file and kinds/index.ts registers it (decision 019).
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Deadline } from '../deadlines/deadline';
import type { DocumentDescription } from '../documents/document';
import type { DossierDescription } from '../dossier/dossier';
import type { Draft } from '../draft';
import type { FieldLabels, ValueLabels } from '../fields/field-labels';
import type { LedgerColumns } from '../ledger-export/columns';
import type { LedgerImport } from '../ledger-import/description';
import type { RuleContext } from '../rules/context';
import type { IssueList } from '../rules/shape';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
import type { StatisticsSource } from '../statistics/statistics-source';

/** 'newestFirst' for the ledgers; officers list the certificate that runs out soonest first (持证上岗). */
export type ListOrder = 'newestFirst' | 'soonestFirst';

export interface LedgerKindDescription<K extends LedgerKind> {
  kind: K;
  /** What the navigation, lists, tabs and messages call the ledger (学法记录). */
  label: string;
  /** Where its pages live: the list at `path`, a record at `path/:id`, its form at `path/:id/edit` and `path/new`. */
  path: string;
  listOrder: ListOrder;
  /**
   * The date the ledger lists by, as YYYY-MM-DD. Lists, date-range filters and the yearly counts all read
   * it, so they agree on what "the date" is. A draft has it too: the parameter names only what is read.
   */
  listDate: (record: LedgerRecordByKind[K]) => string;
  /** The record's words for the searchText field besides its case number (search-text.ts lower-cases and cuts them). */
  searchTerms: (record: LedgerRecordByKind[K]) => (string | undefined)[];
  /** The record's words for the searchToken index, before normalising (search-tokens.ts; decision 006). */
  searchTokens: (record: LedgerRecordByKind[K]) => string[];
  /**
   * Its statutory clocks on `today`. `onWorkingDays`: counted on the working-day calendar, so a due date in a
   * year without the county's 放假安排 is only an estimate (by-kind/deadlines.ts marks it).
   */
  deadlines?: {
    of: (record: LedgerRecordByKind[K], calendar: WorkingDayCalendar, today: string) => Deadline[];
    onWorkingDays: boolean;
  };
  /** A short name of one record, for lists that mix kinds (回收站) and for questions about it. */
  title: (record: LedgerRecordByKind[K]) => string;
  /** Its fields' Chinese names and coded values in words: issues, history, forms and conflicts read them. */
  fields: { labels: FieldLabels; values: ValueLabels };
  /** Its shape and legal rules (by-kind/validate.ts adds the checks every kind shares). */
  validate: (draft: Draft<K>, context: RuleContext) => IssueList;
  /** What a file attached to it may be (the official may type another); a kind without it takes no attachments. */
  attachmentPurposes?: readonly string[];
  /** The 文书 a record of the kind fills (documents/, decision 020), in the order the 文书 menu lists them. */
  documents?: readonly DocumentDescription<LedgerRecordByKind[K]>[];
  /** Its 卷宗: the checklist its 文书 and 附件 are bound in, and the cover; a kind without it has no 卷宗 (decision 023). */
  dossier?: DossierDescription<LedgerRecordByKind[K]>;
  /**
   * The official 台账 it exports to Excel: the sheet's name and its columns (header, type, a record's value).
   * A kind without it has no 导出 Excel (decision 021).
   */
  ledgerColumns?: LedgerColumns<LedgerRecordByKind[K]>;
  /** How a row of an office's own Excel 台账 becomes a draft; a kind without it has no 导入 Excel (decision 021). */
  ledgerImport?: LedgerImport<K>;
  /** The part of the statistics (统计报表, the dashboard, the county's view) its records feed; a kind without it is not counted. */
  statistics?: StatisticsSource<LedgerRecordByKind[K]>;
}
