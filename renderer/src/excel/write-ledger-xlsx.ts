// A 台账 sheet as .xlsx bytes, written with exceljs: a title row naming the ledger and township, a row with
// the filter, the Chinese headers (frozen, repeated on every printed page), then the rows — dates as real
// Excel dates, numbers as numbers. exceljs is loaded on the first export only, so the app starts without it.
import type * as ExcelModule from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import type { LedgerCell } from '#shared/domain/ledger-export/columns';
import type { SheetColumn, SheetHeading } from '#shared/domain/ledger-export/ledger-sheet';

export interface LedgerSheetData {
  sheetName: string;
  heading: SheetHeading;
  columns: readonly SheetColumn[];
  rows: readonly (readonly LedgerCell[])[];
}

/** Rows added between two looks at `signal` (and two progress reports): small enough to cancel at once. */
const CHUNK = 2_000;
const HEADER_ROW = 3;
const DATE_FORMAT = 'yyyy-mm-dd';
const thin = { style: 'thin' } as const;

export const loadExcel = async (): Promise<typeof ExcelModule> => {
  const module = await import('exceljs');
  // The browser build is a UMD bundle: Vite hands it over as the default export.
  return (module as unknown as { default?: typeof ExcelModule }).default ?? module;
};

/** 'YYYY-MM-DD' as the Date exceljs writes as that day's serial (it converts in UTC). */
export const excelDate = (isoDate: string): Date | string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : isoDate;
};

const cellValue = (column: SheetColumn | undefined, cell: LedgerCell): Date | string | number | null => {
  if (cell === undefined) return null;
  if (column?.type === 'date' && typeof cell === 'string') return excelDate(cell);
  return cell;
};

/** A row's cells as exceljs takes them: dates as Date, empty cells as null. */
export const excelCells = (columns: readonly SheetColumn[], row: readonly LedgerCell[]): (Date | string | number | null)[] =>
  row.map((cell, at) => cellValue(columns[at], cell));

function writeHeading(sheet: Worksheet, data: LedgerSheetData): void {
  const last = data.columns.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.mergeCells(2, 1, 2, last);
  const title = sheet.getCell(1, 1);
  title.value = data.heading.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = data.heading.subtitle;
  subtitle.alignment = { horizontal: 'left', vertical: 'middle' };
  const header = sheet.getRow(HEADER_ROW);
  header.values = data.columns.map((column) => column.header);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  });
}

function newSheet(workbook: Workbook, data: LedgerSheetData): Worksheet {
  const sheet = workbook.addWorksheet(data.sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, topLeftCell: `A${String(HEADER_ROW + 1)}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${String(HEADER_ROW)}:${String(HEADER_ROW)}` },
  });
  // Column styles, not cell styles: every cell of a date column shows as a date without a style of its own.
  sheet.columns = data.columns.map((column) => ({
    width: column.width,
    style: column.type === 'date' ? { numFmt: DATE_FORMAT } : column.format ? { numFmt: column.format } : {},
  }));
  writeHeading(sheet, data);
  return sheet;
}

export interface WriteOptions {
  signal?: AbortSignal;
  /** Rows written so far. */
  onProgress?: (written: number) => void;
}

/** The workbook's bytes; throws the signal's reason when cancelled, before anything leaves this function. */
export async function writeLedgerXlsx(data: LedgerSheetData, { signal, onProgress }: WriteOptions = {}): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '台账';
  const sheet = newSheet(workbook, data);
  for (let start = 0; start < data.rows.length; start += CHUNK) {
    signal?.throwIfAborted();
    sheet.addRows(data.rows.slice(start, start + CHUNK).map((row) => excelCells(data.columns, row)));
    onProgress?.(Math.min(start + CHUNK, data.rows.length));
    await yieldToBrowser();
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: data.columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  signal?.throwIfAborted();
  return new Uint8Array(buffer);
}

/** Lets the page paint the progress and take a click on 取消 between chunks. */
export const yieldToBrowser = (): Promise<void> => new Promise((done) => setTimeout(done, 0));
