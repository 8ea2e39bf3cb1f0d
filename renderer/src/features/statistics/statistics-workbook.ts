// The statistics as an .xlsx (exceljs): one sheet per table of the page, with the page's Chinese headers.
// Figures stay numbers (rates as 0.0%), so the bureau can add them up; — and 零上报 are text.
import type { Workbook } from 'exceljs';
import { periodLabel } from '#shared/domain/statistics/period';
import type { Cell, CellUnit, StatisticsTable } from '#shared/domain/statistics/statistics-tables';
import { loadExcel } from '../../excel/write-ledger-xlsx';
import type { LoadedStatistics } from './load-statistics';

const NUMBER_FORMATS: Record<CellUnit, string> = { count: '0', ratio: '0.0%', yuan: '#,##0.00' };

const valueOf = (cell: Cell): string | number => (cell === null ? '—' : cell);

function addSheet(workbook: Workbook, table: StatisticsTable, heading: string, note?: string): void {
  const sheet = workbook.addWorksheet(table.title);
  const width = table.columns.length + 1;
  sheet.addRow([heading]);
  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.addRow([table.itemHeader, ...table.columns]);
  header.font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow([row.label, ...row.cells.map(valueOf)]);
    row.cells.forEach((cell, index) => {
      const target = added.getCell(index + 2);
      target.alignment = { horizontal: 'right' };
      if (typeof cell === 'number') target.numFmt = NUMBER_FORMATS[row.unit];
    });
  }
  if (note) sheet.addRow([note]);
  sheet.getColumn(1).width = 24;
  for (let column = 2; column <= width; column += 1) sheet.getColumn(column).width = 14;
}

export async function statisticsWorkbook(loaded: LoadedStatistics): Promise<Uint8Array> {
  // Loaded on the first export, as the ledger export does, so the app starts without exceljs.
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '台账';
  const period = periodLabel(loaded.statistics.period);
  for (const table of loaded.tables) {
    const note = table.id === 'mediation' || table.id === 'monthRates' ? `注：${loaded.rule.definition}` : undefined;
    addSheet(workbook, table, `${loaded.scopeName}${period}${table.title}`, note);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const statisticsFileName = (loaded: LoadedStatistics): string => `统计报表-${loaded.scopeName}-${periodLabel(loaded.statistics.period)}.xlsx`;
