import { describe, expect, it } from 'vitest';
import { describeKind } from '../kinds/index';
import { enforcementDraft, mediationDraft, officerDraft, studyDraft } from '../rules/test-fixtures';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
import { columnContext, sheetColumns, sheetHeading, sheetRow, withTownshipColumn } from './ledger-sheet';

const stored = { id: 'r1', trashed: false, caseNumber: '〔2026〕忠仁调字第3号', partyIdHashes: [] };
const mediation = { ...mediationDraft({ agreement: { ...mediationDraft().agreement, form: 'written', amount: 12500.5 } }), ...stored } as unknown as LedgerRecordByKind['mediationCase'];

function rowOf<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K], showPersonal = false, index = 0) {
  const description = describeKind(kind);
  const ledger = description.ledgerColumns;
  if (!ledger) throw new Error(`${kind} has no ledger columns`);
  const context = columnContext({
    values: description.fields.values,
    referenceNames: { 'disputeType:linli': '邻里纠纷', 'law:xingzheng-chufa-fa': '中华人民共和国行政处罚法' },
    officerNames: { o1: '王五', o2: '赵六' },
    showPersonal,
  });
  const headers = sheetColumns(ledger).map((column) => column.header);
  const row = sheetRow(ledger, record, index, context);
  return Object.fromEntries(headers.map((header, at) => [header, row[at]]));
}

describe('ledger sheet rows', () => {
  it('[EXPORT_ROW] a mediation case fills the official 台账 columns in words, dates as YYYY-MM-DD and the amount as a number', () => {
    expect(rowOf('mediationCase', mediation, false, 4)).toEqual({
      序号: 5,
      案号: '〔2026〕忠仁调字第3号',
      受理日期: '2026-10-12',
      案件来源: '当事人申请',
      纠纷类型: '邻里纠纷',
      当事人: '刘一（申请人）、陈二（被申请人）',
      当事人身份证号码: '刘一：1101**********002X',
      联系电话: '刘一：139****5678',
      住址: '刘一：忠仁镇***；陈二：忠仁镇忠****',
      纠纷简要情况: '两户因院墙排水问题发生争执',
      调解员: '张调解',
      调解结果: '调解成功',
      协议形式: '书面协议',
      '协议涉及金额（元）': 12500.5,
      履行情况: '待履行',
      结案日期: '2026-10-15',
    });
  });

  it('[EXPORT_PERSONAL] ID numbers, phones and addresses are masked as the lists mask them, whole only when the role may see them', () => {
    expect(rowOf('mediationCase', mediation, true)).toMatchObject({
      当事人身份证号码: '刘一：11010519491231002X', 联系电话: '刘一：13912345678', 住址: '刘一：忠仁镇忠仁村；陈二：忠仁镇忠仁村三组',
    });
    const officer = { ...officerDraft(), ...stored } as unknown as LedgerRecordByKind['officer'];
    const masked = rowOf('officer', officer);
    expect(masked['身份证号码']).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(masked['身份证号码']).not.toBe(officer.personal.idNumber);
  });

  it('[EXPORT_COLUMNS] every exported kind has 序号 first, Chinese headers of its own, and a cell per header', () => {
    const samples = {
      studySession: { ...studyDraft(), ...stored }, enforcementCase: { ...enforcementDraft(), ...stored }, officer: { ...officerDraft(), ...stored },
    } as unknown as { [K in 'studySession' | 'enforcementCase' | 'officer']: LedgerRecordByKind[K] };
    for (const kind of ['studySession', 'enforcementCase', 'officer'] as const) {
      const ledger = describeKind(kind).ledgerColumns;
      if (!ledger) throw new Error(`${kind} has no ledger columns`);
      const headers = sheetColumns(ledger).map((column) => column.header);
      expect(headers[0]).toBe('序号');
      expect(new Set(headers).size).toBe(headers.length);
      for (const header of headers) expect(header).toMatch(/^[\u4e00-\u9fff（）]+$/);
      const row = rowOf(kind, samples[kind] as never);
      expect(Object.keys(row)).toEqual(headers);
      for (const [at, column] of sheetColumns(ledger).entries()) {
        const cell = row[headers[at] ?? ''];
        if (cell === undefined) continue;
        if (column.type === 'date') expect(cell, column.header).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else if (column.type === 'number') expect(typeof cell, column.header).toBe('number');
        else expect(typeof cell, column.header).toBe('string');
      }
    }
    const study = rowOf('studySession', samples.studySession);
    expect(study['学习日期']).toBe('2026-06-12');
    expect(study['所学法律法规']).toBe('中华人民共和国行政处罚法');
    // A 普法活动 (decision 037) carries whom it reached and how many, read back from the sheet.
    const activity = rowOf('studySession', { ...samples.studySession, kind: 'publicLegalEducation', audience: '赶集群众', peopleReached: 150 });
    expect([activity['学习形式'], activity['普法对象'], activity['受众人数']]).toEqual(['普法活动', '赶集群众', 150]);
    expect(rowOf('enforcementCase', samples.enforcementCase)['执法人员']).toMatch(/王五|赵六/);
  });

  it('[EXPORT_HEADING] the heading names the township, the ledger and the list\'s filter, and the file name is safe on Windows', () => {
    const sheetName = '人民调解案件登记台账';
    const heading = sheetHeading({ sheetName, township: '忠仁镇', filters: [{ label: '纠纷类型', value: '邻里纠纷' }, { label: '受理日期', value: '2026-01-01 至 2026-03-31' }], exportedOn: '2026-12-05', count: 3 });
    expect(heading.title).toBe('忠仁镇人民调解案件登记台账');
    expect(heading.subtitle).toBe('筛选条件：纠纷类型：邻里纠纷；受理日期：2026-01-01 至 2026-03-31\u3000共 3 条\u3000导出日期：2026-12-05');
    expect(heading.fileName).toBe('忠仁镇人民调解案件登记台账_2026-12-05.xlsx');
    expect(sheetHeading({ sheetName, township: 'a/b', filters: [], exportedOn: '2026-12-05', count: 0 }).subtitle).toContain('全部记录');
    expect(sheetHeading({ sheetName, township: 'a/b', filters: [], exportedOn: '2026-12-05', count: 0 }).fileName).not.toContain('/');
  });
});

describe('the county\'s 台账', () => {
  it('[EXPORT_TOWNSHIP_COLUMN] says after 序号 which township each row is from, by name (its code when the name is unknown)', () => {
    const ledger = withTownshipColumn(describeKind('mediationCase').ledgerColumns!);
    const context = columnContext({ values: {}, referenceNames: { 'township:zhongren': '忠仁镇' }, officerNames: {}, showPersonal: false });
    expect(sheetColumns(ledger).slice(0, 3).map((column) => column.header)).toEqual(['序号', '乡镇', '案号']);
    expect(sheetRow(ledger, { ...mediation, townshipId: 'zhongren' }, 0, context).slice(0, 3)).toEqual([1, '忠仁镇', '〔2026〕忠仁调字第3号']);
    expect(sheetRow(ledger, { ...mediation, townshipId: 'xinfu' }, 1, context)[1]).toBe('xinfu');
  });
});
