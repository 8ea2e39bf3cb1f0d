// Records to the rows of an official 台账 sheet: 序号 and the kind's columns (columns.ts), coded values in
// words, personal fields masked unless the official's role may see them, and the heading that names the
// ledger, the township and the filter the list was showing. Pure: the renderer writes the result to .xlsx.
import type { ValueLabels } from '../fields/field-labels';
import { maskAddress, maskIdNumber, maskPhone } from '../identity/mask';
import type { LedgerCell, LedgerCellType, LedgerColumnContext, LedgerColumns, PersonalField } from './columns';

export interface SheetColumn {
  header: string;
  type: LedgerCellType;
  width: number;
  format?: string;
}

const serialColumn: SheetColumn = { header: '序号', type: 'number', width: 6, format: '0' };

/** The sheet's columns: 序号, then the kind's own. */
export const sheetColumns = <R>(ledger: LedgerColumns<R>): SheetColumn[] => [
  serialColumn,
  ...ledger.columns.map(({ header, type, width, format }) => ({ header, type, width, ...(format ? { format } : {}) })),
];

/** One record's row; `index` counts from 0 in the list's order, so 序号 is index + 1. */
export const sheetRow = <R>(ledger: LedgerColumns<R>, record: R, index: number, context: LedgerColumnContext): LedgerCell[] => [
  index + 1,
  ...ledger.columns.map((column) => blankToUndefined(column.value(record, context))),
];

/**
 * The county's 台账 holds every township's records: a 乡镇 column after 序号 says whose each row is (the name
 * from the township reference entries, else its code).
 */
export const withTownshipColumn = <R extends { townshipId: string }>(ledger: LedgerColumns<R>): LedgerColumns<R> => ({
  ...ledger,
  columns: [
    { header: '乡镇', type: 'text', width: 10, value: (record, context) => context.referenceName(`township:${record.townshipId}`) ?? record.townshipId },
    ...ledger.columns,
  ],
});

const blankToUndefined = (cell: LedgerCell): LedgerCell => (typeof cell === 'string' && cell.trim() === '' ? undefined : cell);

const maskers: Record<PersonalField, (value: string) => string> = { idNumber: maskIdNumber, phone: maskPhone, address: maskAddress };

export interface ColumnContextInput {
  /** The kind's coded values in words (its description's `fields.values`). */
  values: ValueLabels;
  /** Reference entry names by id (`disputeType:neighbour` → 邻里纠纷). */
  referenceNames: Readonly<Record<string, string>>;
  /** Enforcement officers' names by record id. */
  officerNames: Readonly<Record<string, string>>;
  /** Whether the official's role may see personal fields whole; otherwise they are masked as in the lists. */
  showPersonal: boolean;
}

export const columnContext = ({ values, referenceNames, officerNames, showPersonal }: ColumnContextInput): LedgerColumnContext => ({
  word: (path, code) => (code === undefined ? undefined : (values[path]?.[code] ?? code)),
  referenceName: (id) => (Object.hasOwn(referenceNames, id) ? referenceNames[id] : undefined),
  officerName: (id) => (Object.hasOwn(officerNames, id) ? officerNames[id] : undefined),
  personal: (field, value) => {
    if (!value?.trim()) return undefined;
    return showPersonal ? value : maskers[field](value);
  },
});

export interface SheetHeadingInput {
  /** The ledger's sheet name (LedgerColumns.sheetName): 人民调解案件登记台账. */
  sheetName: string;
  /** The township's name, or 全县 for the county's view of every township. */
  township: string;
  /** What the list was filtered by, in words: [{ label: '状态', value: '调解成功' }]. */
  filters: readonly { label: string; value: string }[];
  /** Today, YYYY-MM-DD. */
  exportedOn: string;
  count: number;
}

export interface SheetHeading {
  /** 忠仁镇人民调解案件登记台账 */
  title: string;
  /** 筛选条件：状态：调解成功；受理日期：2026-01-01 至 2026-03-31；共 12 条，导出日期：2026-12-05 */
  subtitle: string;
  /** A file name without folder: 忠仁镇人民调解案件登记台账_2026-12-05.xlsx */
  fileName: string;
}

/** An ideographic space between the parts of the subtitle, as Chinese official text spaces them. */
const GAP = '\u3000';

export function sheetHeading({ sheetName, township, filters, exportedOn, count }: SheetHeadingInput): SheetHeading {
  const title = `${township}${sheetName}`;
  const criteria = filters.length > 0 ? filters.map((filter) => `${filter.label}：${filter.value}`).join('；') : '全部记录';
  return {
    title,
    subtitle: `筛选条件：${criteria}${GAP}共 ${String(count)} 条${GAP}导出日期：${exportedOn}`,
    fileName: `${title}_${exportedOn}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'),
  };
}
