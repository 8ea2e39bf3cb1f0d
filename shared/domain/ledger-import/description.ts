// What importing an office's own Excel 台账 into a ledger kind needs (decision 021): the fields a file column
// may fill (the mapping step offers them), how one row becomes a draft, and what makes two records the same
// case, so a file imported twice adds nothing the second time.
import type { Draft } from '../draft';
import type { LedgerKind } from '../schemas/index';
import type { SheetCell } from './cells';

export interface ImportField {
  key: string;
  /** The field's name in the mapping step; a file column with this header (or an alias) maps to it. */
  label: string;
  aliases: readonly string[];
  required: boolean;
}

/** What a row may look up: reference entries and officers by their name, the township's committee and government. */
export interface ImportContext {
  /** A reference entry's code by its name (纠纷类型 邻里纠纷 → linli), else undefined. */
  referenceCode(kind: 'disputeType', name: string): string | undefined;
  /** The id ('law:…') of the catalogue's law with that title or short title (without 《》), else undefined. */
  lawIdByName(name: string): string | undefined;
  /** The id of the one registered officer of that name (a 学法 participant who is an enforcement officer), else undefined. */
  officerIdByName(name: string): string | undefined;
  /** The township's 人民调解委员会, for cases whose file has no committee column. */
  committee: string;
  /** The township's government (忠仁镇人民政府), for study sessions whose file has no organiser column. */
  organiser: string;
}

/** One row read: its cells by field key (only the mapped fields). */
export type ImportRow = Readonly<Record<string, SheetCell>>;

/** A draft, or why the row cannot become one, in Chinese. */
export type RowDraft<K extends LedgerKind> = { ok: true; draft: Draft<K> } | { ok: false; problems: string[] };

export interface LedgerImport<K extends LedgerKind> {
  fields: readonly ImportField[];
  draftOf(row: ImportRow, context: ImportContext): RowDraft<K>;
  /** Equal for the same case in the file and in the ledger: 受理日期, parties, summary. */
  sameCaseKey(draft: Draft<K>): string;
}
