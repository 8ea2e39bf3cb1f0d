// (e) 导入 Excel of a whole ledger: an .xlsx of N cases read, checked row by row against the ledger (the dry
// run) and committed (readSheet + dryRunImport + commitImport) into an empty store, against the store's own
// bulk save (ledger.createMany) of the very drafts the import made, into another empty store.
import { autoMapping } from '#shared/domain/ledger-import/plan';
import { commitImport, dryRunImport, ledgerImportOf } from '../app/ledger-import';
import { readSheet } from '../excel/read-sheet';
import { loadExcel } from '../excel/write-ledger-xlsx';
import { openWritable, type BenchContext } from './bench-context';
import { compare, formatCount, type Comparison } from './report';
import { settle, timed } from './timing';

const HEADERS = ['受理日期', '纠纷类型', '申请人', '被申请人', '纠纷简要情况', '调解员'];

async function ledgerFile(bench: BenchContext, count: number, typeNames: ReadonlyMap<string, string>): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('调解台账');
  sheet.addRow(HEADERS);
  for (const draft of bench.generator.drafts('mediationCase', 0, count)) {
    const named = (role: string) => draft.parties.find((party) => party.role === role)?.name ?? '';
    sheet.addRow([draft.receivedOn, typeNames.get(draft.disputeType) ?? '', named('applicant'), named('respondent'), draft.summary, draft.mediators.join('、')]);
  }
  return workbook.xlsx.writeBuffer();
}

export async function measureImport(bench: BenchContext, count: number, repeats: number): Promise<Comparison> {
  const measured: number[] = [];
  const baseline: number[] = [];
  const fields = ledgerImportOf('mediationCase').fields;
  let bytes: ArrayBuffer | undefined;
  for (let round = 0; round < repeats; round += 1) {
    const name = `bench-import-${String(round)}`;
    const store = await openWritable(bench, name);
    bytes ??= await ledgerFile(bench, count, new Map((await store.reference.list('disputeType')).map((entry) => [entry.code, entry.name])));
    const file = bytes;
    await settle();
    const imported = await timed(async () => {
      const sheet = await readSheet(file, HEADERS);
      const plan = await dryRunImport(store, 'mediationCase', sheet, autoMapping(fields, sheet.headers));
      if (plan.bad.length > 0) throw new Error(`BENCH_IMPORT_BAD_ROWS: 第${String(plan.bad[0]?.rowNumber)}行：${plan.bad[0]?.reasons.join('；') ?? ''}`);
      return { plan, saved: await commitImport(store, 'mediationCase', plan, false, bench.actor) };
    });
    await store.close();
    await bench.dropStore(name);
    measured.push(imported.ms);
    const drafts = imported.value.plan.good.map((entry) => entry.draft);

    const rawName = `bench-import-raw-${String(round)}`;
    const raw = await openWritable(bench, rawName);
    await settle();
    const saved = await timed(() => raw.ledger.createMany('mediationCase', drafts, bench.actor));
    await raw.close();
    await bench.dropStore(rawName);
    if (saved.value.saved !== imported.value.saved.saved) throw new Error(`BENCH_IMPORT_MISMATCH: 导入${String(imported.value.saved.saved)}条，基线${String(saved.value.saved)}条`);
    baseline.push(saved.ms);
    bench.log(`(e) 第${String(round + 1)}/${String(repeats)}轮：导入 ${imported.ms.toFixed(0)} ms（${String(imported.value.saved.saved)} 条），createMany ${saved.ms.toFixed(0)} ms`);
  }
  return compare({
    id: 'import',
    label: `(e) import ${formatCount(count)}-row .xlsx of mediation cases`,
    measuredLabel: 'read + dry run + commit',
    baselineLabel: 'ledger.createMany of the same drafts',
    measured,
    baseline,
  });
}
