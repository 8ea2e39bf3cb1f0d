// The benchmark as a whole: options from the page URL, the scenarios in order, and the result
// the terminal prints (ratios against baselines measured in this same run, absolute ms beside).
import { comparisonTable, figureTable, formatCount, type Comparison, type Figure } from './report';
import type { BenchContext } from './bench-context';
import { backupFigures, measureBackup } from './backup-scenario';
import { measureExport } from './export-scenario';
import { measureImport } from './import-scenario';
import { measureLarge } from './large-scenario';
import { measureSave } from './save-scenario';
import { measureSignIn } from './sign-in-scenario';

export interface BenchOptions {
  saveCount: number;
  coldAt: number;
  listAt: number;
  repeats: number;
  seed: number;
  /** Records exported to .xlsx in (d). */
  exportCount: number;
  /** Rows of the .xlsx imported in (e). */
  importCount: number;
  /** Cases backed up and restored in (f). */
  backupCount: number;
}

export const fullOptions: BenchOptions = { saveCount: 10_000, coldAt: 50_000, listAt: 100_000, repeats: 3, seed: 20261130, exportCount: 10_000, importCount: 10_000, backupCount: 50_000 };
/**
 * `--quick` must end, with the sync and hostile parts, in under 10 minutes on a loaded 2-core machine
 * (issue 12), where the store saves 15–30 cases a second: every size here goes through `createMany`.
 */
export const quickOptions: BenchOptions = { saveCount: 500, coldAt: 1_000, listAt: 2_000, repeats: 3, seed: 20261130, exportCount: 500, importCount: 200, backupCount: 1_000 };

export interface BenchResult {
  options: BenchOptions;
  comparisons: Comparison[];
  figures: Figure[];
  /** The table as printed. */
  text: string;
  userAgent: string;
  startedAt: string;
  totalMs: number;
}

export async function runBench(bench: BenchContext, options: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  bench.log(`(a) 保存 ${formatCount(options.saveCount)} 条：ledger.createMany 对比 Dexie bulkPut，${String(options.repeats)} 轮…`);
  const save = await measureSave(bench, options.saveCount, options.repeats);
  bench.log(`(d) 导出 ${formatCount(options.exportCount)} 条到 Excel：exportLedger 对比 exceljs 直接写同样的行，${String(options.repeats)} 轮…`);
  const exported = await measureExport(bench, options.exportCount, options.repeats);
  bench.log(`(e) 导入 ${formatCount(options.importCount)} 行的 Excel：读取 + 检查 + 写入 对比 createMany 同样的记录，${String(options.repeats)} 轮…`);
  const imported = await measureImport(bench, options.importCount, options.repeats);
  bench.log(`(f) 备份并恢复 ${formatCount(options.backupCount)} 条调解案件：时间，以及备份文件与同样记录的 JSON 的大小之比…`);
  const backup = await measureBackup(bench, options.backupCount);
  bench.log(`(g) 登录：账户密码的 PBKDF2 校验，${String(options.repeats)} 次…`);
  const signIn = await measureSignIn(bench, options.repeats);
  const large = await measureLarge(bench, { coldAt: options.coldAt, listAt: options.listAt, repeats: options.repeats });
  const comparisons = [save.comparison, save.floor, exported, imported, ...large.comparisons].sort((a, b) => a.label.localeCompare(b.label));
  const figures = [...large.figures, ...backupFigures(backup), signIn];
  const text = `${comparisonTable(comparisons)}\n\n${figureTable(figures)}`;
  return { options, comparisons, figures, text, userAgent: navigator.userAgent, startedAt, totalMs: performance.now() - started };
}
