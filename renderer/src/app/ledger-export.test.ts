import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../store/contract';
import { actor, mediationDraft, openTestStore } from '../store/test-support';
import { exportLedger, type ExportProgress } from './ledger-export';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const ID_NUMBER = '23042219900101123X';

/** 12 cases on 12 days; the even days are 邻里纠纷 and carry the applicant's ID number. */
async function seeded(): Promise<AppStore> {
  const open = await openTestStore();
  const drafts = Array.from({ length: 12 }, (_, at) => mediationDraft({
    receivedOn: `2026-04-${String(at + 1).padStart(2, '0')}`,
    disputeType: at % 2 === 1 ? 'neighbour' : 'family',
    parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: `申请人${String(at + 1)}` }],
    personal: { parties: [{ partyId: 'p1', idNumber: ID_NUMBER }] },
  }));
  const saved = await open.ledger.createMany('mediationCase', drafts, actor);
  expect(saved.saved).toBe(12);
  return open;
}

async function readSheet(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('exportLedger', () => {
  it('[EXPORT_ALL_PAGES] exports every record the list\'s filters match, across store pages, in the list\'s order', async () => {
    store = await seeded();
    const filters = { filter: { field: 'disputeType', value: 'neighbour' }, from: '2026-04-03' };
    const listed: string[] = [];
    let after: string | undefined;
    do {
      const page = await store.ledger.list('mediationCase', { ...filters, pageSize: 20, after });
      listed.push(...page.rows.map((row) => row.caseNumber));
      after = page.nextCursor;
    } while (after);
    expect(listed).toHaveLength(5);

    const progress: ExportProgress[] = [];
    const file = await exportLedger(store, { kind: 'mediationCase', filters, filtersInWords: [{ label: '纠纷类型', value: '邻里纠纷' }] },
      { pageSize: 2, onProgress: (step) => progress.push(step) });
    expect(file.count).toBe(5);
    expect(file.fileName).toBe('绥滨镇人民调解案件登记台账_2026-06-15.xlsx');
    expect(progress.filter((step) => step.phase === 'reading').length).toBeGreaterThanOrEqual(3);

    const sheet = await readSheet(file.bytes);
    expect(sheet.getCell('A1').value).toBe('绥滨镇人民调解案件登记台账');
    expect(sheet.getCell('A2').text).toContain('纠纷类型：邻里纠纷');
    const headers = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['序号', '案号', '受理日期', '案件来源']);
    const dataRows = Array.from({ length: sheet.rowCount - 3 }, (_, at) => sheet.getRow(at + 4));
    expect(dataRows.map((row) => row.getCell(2).value)).toEqual(listed);
    expect(dataRows.map((row) => row.getCell(1).value)).toEqual([1, 2, 3, 4, 5]);
    const received = dataRows[0]?.getCell(3).value;
    expect(received).toBeInstanceOf(Date);
    expect((received as Date).toISOString().slice(0, 10)).toBe('2026-04-12');
    const idColumn = headers.indexOf('当事人身份证号码') + 1;
    expect(dataRows[0]?.getCell(idColumn).value).toBe('申请人12：2304**********123X');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('[EXPORT_CANCEL] a cancelled export stops and hands back no file', async () => {
    store = await seeded();
    const controller = new AbortController();
    const exporting = exportLedger(store, { kind: 'mediationCase', filters: {}, filtersInWords: [] }, {
      pageSize: 2, signal: controller.signal, onProgress: (step) => { if (step.done >= 4) controller.abort(); },
    });
    await expect(exporting).rejects.toThrow();
    expect(controller.signal.aborted).toBe(true);
  });
});
