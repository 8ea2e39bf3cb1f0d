// The official 台账 columns of a ledger kind, as data: a Chinese header, a cell type and what a record puts
// in the cell. Each kind lists its own (kinds/<kind>.ts → ledgerColumns); ledger-sheet.ts turns records into
// rows with them, and the renderer writes the rows to .xlsx (decision 021).

/** How a cell is written: a date as a real Excel date, a number as a number, the rest as text. */
export type LedgerCellType = 'date' | 'number' | 'text';

/** A cell's value: a date column holds 'YYYY-MM-DD', a number column a number; undefined leaves it empty. */
export type LedgerCell = string | number | undefined;

/** Personal fields (个人信息保护法): an export masks them as the lists do unless the role may see them. */
export type PersonalField = 'idNumber' | 'phone' | 'address';

/** What a column may look up beyond the record itself. */
export interface LedgerColumnContext {
  /** A coded value of the field at `path` in words, from the kind's `fields.values` (the code when unknown). */
  word(path: string, code: string | undefined): string | undefined;
  /** The name of a reference entry by its id (`disputeType:neighbour`, `law:minfadian`), else undefined. */
  referenceName(id: string): string | undefined;
  /** An enforcement officer's name by record id, else undefined. */
  officerName(id: string): string | undefined;
  /** A personal field as the export may show it: masked, or whole when the official's role may see it. */
  personal(field: PersonalField, value: string | undefined): string | undefined;
}

export interface LedgerColumn<R> {
  /** The header as the official 台账 prints it. */
  header: string;
  type: LedgerCellType;
  /** Column width in characters, as Excel counts them (a Chinese character is about two). */
  width: number;
  /** Excel number format of a number column, e.g. '#,##0.00' for amounts in 元. */
  format?: string;
  value: (record: R, context: LedgerColumnContext) => LedgerCell;
}

/** The official 台账 of a kind: its name on the sheet and its columns (序号 is added in front by ledger-sheet.ts). */
export interface LedgerColumns<R> {
  /** e.g. 人民调解案件登记台账 */
  sheetName: string;
  columns: readonly LedgerColumn<R>[];
}

/** Names joined as an official writes a list of them: 张三、李四. */
export const joinNames = (names: readonly (string | undefined)[]): string | undefined => {
  const present = names.filter((name): name is string => Boolean(name?.trim()));
  return present.length > 0 ? present.join('、') : undefined;
};

/** Per-person values in one cell, each after its owner's name: 张三：139****5678；李四：138****1234. */
export const perPerson = (entries: readonly { name: string; value: string | undefined }[]): string | undefined => {
  const present = entries.filter((entry) => entry.value);
  return present.length > 0 ? present.map((entry) => `${entry.name}：${entry.value ?? ''}`).join('；') : undefined;
};

export const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? '是' : '否');
