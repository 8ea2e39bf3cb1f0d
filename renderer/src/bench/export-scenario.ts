// (d) 导出 Excel of a whole ledger: exportLedger (every list page read from the store and decrypted, rows
// mapped to the official columns, the styled .xlsx written) against exceljs writing the very same rows
// straight into a plain workbook. The rows for the baseline are made once, outside its timing.
import { exportLedger, readLedgerSheet, type LedgerExportRequest } from '../app/ledger-export';
import { insertInChunks } from '../dev/chunked-insert';
import { excelCells, loadExcel } from '../excel/write-ledger-xlsx';
import { openWritable, type BenchContext } from './bench-context';
import { compare, formatCount, type Comparison } from './report';
import { settle, timed } from './timing';

const NAME = 'bench-export';
const request: LedgerExportRequest = { kind: 'mediationCase', filters: {}, filtersInWords: [] };

async function writePlain(rows: (Date | string | number | null)[][]): Promise<number> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').addRows(rows);
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

export async function measureExport(bench: BenchContext, count: number, repeats: number): Promise<Comparison> {
  const store = await openWritable(bench, NAME);
  try {
    await insertInChunks(store, 'mediationCase', { start: 0, count }, 5000,
      (start, size) => bench.generator.drafts('mediationCase', start, size), bench.actor, () => undefined);
    const sheet = await readLedgerSheet(store, request);
    if (sheet.rows.length !== count) throw new Error(`BENCH_EXPORT_INCOMPLETE: 只读到${String(sheet.rows.length)}/${String(count)}条`);
    const rows = sheet.rows.map((row) => excelCells(sheet.columns, row));
    await loadExcel();
    const measured: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < repeats; round += 1) {
      await settle();
      const exported = await timed(() => exportLedger(store, request));
      if (exported.value.count !== count) throw new Error(`BENCH_EXPORT_INCOMPLETE: 只导出${String(exported.value.count)}/${String(count)}条`);
      measured.push(exported.ms);
      await settle();
      baseline.push((await timed(() => writePlain(rows))).ms);
      bench.log(`(d) 第${String(round + 1)}/${String(repeats)}轮：导出 ${exported.ms.toFixed(0)} ms，exceljs ${(baseline.at(-1) ?? 0).toFixed(0)} ms`);
    }
    return compare({
      id: 'export',
      label: `(d) export ${formatCount(count)} mediation cases to .xlsx`,
      measuredLabel: 'exportLedger',
      baselineLabel: 'exceljs addRows + writeBuffer',
      measured,
      baseline,
    });
  } finally {
    await store.close();
    await bench.dropStore(NAME);
  }
}
