// Issue 10 item 3: a ledger list filtered in the UI exports an .xlsx whose rows are the list's rows — the same
// cases in the same order, dates as Excel dates, ID numbers masked as the list masks them. The test reads the
// downloaded file back with exceljs.
import ExcelJS from 'exceljs';
import { expect, test, TOWNSHIP } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { MediationList } from './page-models/mediation';
import { addDays, idNumber, todayInShanghai } from './test-data';

interface CaseInput { applicant: string; idNumber: string; disputeType: string; receivedOn: string }

const masked = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;

test('a filtered 人民调解 list exports exactly its rows to Excel, in its order, with dates as dates and ID numbers masked', async ({ official: page }) => {
  const today = todayInShanghai();
  const cases: CaseInput[] = [
    { applicant: '马春兰', idNumber: idNumber('1972-05-03', 21), disputeType: '邻里纠纷', receivedOn: addDays(today, -10) },
    { applicant: '周玉梅', idNumber: idNumber('1980-09-14', 32), disputeType: '婚姻家庭纠纷', receivedOn: addDays(today, -6) },
    { applicant: '高志刚', idNumber: idNumber('1968-01-27', 43), disputeType: '邻里纠纷', receivedOn: addDays(today, -3) },
    { applicant: '吴国庆', idNumber: idNumber('1959-12-08', 54), disputeType: '邻里纠纷', receivedOn: addDays(today, -40) },
  ];
  const shell = new AppShell(page);
  const list = new MediationList(page);
  for (const input of cases) {
    await shell.goTo('人民调解');
    const form = await list.startNewCase();
    await form.fillBasics({ disputeType: input.disputeType, summary: `${input.applicant}家与邻居的纠纷`, receivedOn: input.receivedOn });
    await form.fillParty(1, { name: input.applicant, gender: '女', idNumber: input.idNumber });
    await form.fillParty(2, { name: '孙建国', gender: '男' });
    await form.setMediator('孙立平');
    await form.saveCase();
  }

  // Filtered the way an official does: one dispute type, received in the last 20 days.
  await shell.goTo('人民调解');
  await list.filter('纠纷类型', '邻里纠纷');
  await list.filterDates('受理日期', { from: addDays(today, -20) });
  await list.expectRows(['高志刚', '马春兰']);
  const listed = await list.rows().evaluateAll((rows) => rows.map((row) => ({
    caseNumber: row.getAttribute('aria-label'),
    receivedOn: row.querySelectorAll('td')[1]?.textContent,
  })));

  const download = await list.exportExcel();
  expect(download.suggestedFilename()).toBe(`${TOWNSHIP}人民调解案件登记台账_${today}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the exported workbook has no sheet');

  expect(sheet.getCell('A1').text).toBe(`${TOWNSHIP}人民调解案件登记台账`);
  expect(sheet.getCell('A2').text).toContain('纠纷类型：邻里纠纷');
  expect(sheet.getCell('A2').text).toContain(`受理日期：${addDays(today, -20)} 起`);
  const headers = (sheet.getRow(3).values as unknown[]).slice(1);
  const column = (header: string) => {
    const at = headers.indexOf(header);
    expect(at, `column ${header}`).toBeGreaterThanOrEqual(0);
    return at + 1;
  };
  const rows = Array.from({ length: sheet.rowCount - 3 }, (_, at) => sheet.getRow(at + 4));
  // The same cases in the same order as the list, and nothing else.
  expect(rows.map((row) => row.getCell(column('案号')).value)).toEqual(listed.map((row) => row.caseNumber));
  expect(rows.map((row) => row.getCell(column('序号')).value)).toEqual([1, 2]);
  // Dates are Excel dates (not text), on the days the list shows.
  for (const [at, row] of rows.entries()) {
    const received = row.getCell(column('受理日期')).value;
    expect(received).toBeInstanceOf(Date);
    expect((received as Date).toISOString().slice(0, 10)).toBe(listed[at]?.receivedOn);
  }
  expect(rows.map((row) => row.getCell(column('纠纷类型')).value)).toEqual(['邻里纠纷', '邻里纠纷']);
  expect(rows[0]?.getCell(column('当事人')).value).toBe('高志刚（申请人）、孙建国（被申请人）');
  expect(rows[0]?.getCell(column('调解结果')).value).toBe('已受理');
  // The ID number is masked as the list masks it; the whole number is nowhere in the file.
  const gao = cases[2]?.idNumber ?? '';
  expect(rows[0]?.getCell(column('当事人身份证号码')).value).toBe(`高志刚：${masked(gao)}`);
  const everyCell = rows.flatMap((row) => (row.values as unknown[]).map(String)).join('|');
  for (const input of cases) expect(everyCell).not.toContain(input.idNumber);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
});
