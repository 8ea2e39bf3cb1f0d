// The first sheet of an .xlsx an official picks, as a header row and data rows with their Excel row
// numbers. The header row is the first row with at least `minHeaders` of the expected names (an exported
// 台账 has a title and a filter line above it), else the first row with text.
import type { SheetCell } from '#shared/domain/ledger-import/cells';
import type { SheetRows } from '#shared/domain/ledger-import/plan';
import { loadExcel } from './write-ledger-xlsx';

/** Rows read at most: a township's ledger of many years fits; a larger file is refused, not cut. */
export const MAX_IMPORT_ROWS = 50_000;

type ExcelValue = unknown;

/** A cell's value as the import reads it: formulas by their result, rich text as its text, links by their text. */
function plain(value: ExcelValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const object = value as { result?: ExcelValue; richText?: { text: string }[]; text?: ExcelValue; error?: string };
    if ('result' in object) return plain(object.result);
    if (object.richText) return object.richText.map((part) => part.text).join('');
    if ('text' in object) return plain(object.text);
  }
  return null;
}

const text = (cell: SheetCell) => (cell === null || cell === undefined ? '' : String(cell).trim());

export async function readSheet(bytes: ArrayBuffer, expectedHeaders: readonly string[], minHeaders = 2): Promise<SheetRows> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new Error('IMPORT_NOT_XLSX: 无法读取这个文件，请选择 Excel 工作簿（.xlsx）。旧版 .xls 请先在 Excel 或 WPS 中另存为 .xlsx。');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new Error('IMPORT_EMPTY: 文件中没有数据');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 10) throw new Error(`IMPORT_TOO_LARGE: 文件有 ${String(sheet.rowCount)} 行，一次最多导入 ${String(MAX_IMPORT_ROWS)} 行，请分成几个文件`);
  const rows: { rowNumber: number; cells: SheetCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ rowNumber, cells: Array.from({ length: values.length }, (_, at) => plain(values[at])) });
  });
  const expected = new Set(expectedHeaders);
  const headerAt = Math.max(0, rows.findIndex((row) => row.cells.filter((cell) => expected.has(text(cell))).length >= minHeaders));
  const header = rows[headerAt];
  if (!header) throw new Error('IMPORT_EMPTY: 文件中没有数据');
  return { headers: header.cells.map(text), rows: rows.slice(headerAt + 1) };
}
