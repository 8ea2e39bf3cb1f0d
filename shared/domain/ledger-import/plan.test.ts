import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { context } from '../rules/test-fixtures';
import { cellDate, cellNumber } from './cells';
import type { ImportContext } from './description';
import { mediationImport } from './mediation-import';
import { autoMapping, planImport, unmappedRequired, type SheetRows } from './plan';

const headers = ['序号', '受理日期', '纠纷类型', '申请人', '申请人身份证号码', '被申请人', '纠纷简要情况', '调解员', '调解结果'];
const row = (rowNumber: number, cells: (string | number | Date | null)[]) => ({ rowNumber, cells });
const sheet: SheetRows = {
  headers,
  rows: [
    row(4, [1, new Date(Date.UTC(2026, 2, 5)), '邻里纠纷', '马春兰', null, '孙建国', '排水沟堵塞', '孙立平', '已受理']),
    row(5, [2, '2026年3月40日', '邻里纠纷', '高志刚', null, '孙建国', '院墙', '孙立平', null]),
    row(6, [3, '2026-03-07', '邻里纠纷', '', null, '孙建国', '占道堆放', '孙立平', null]),
    row(7, [4, '2026/3/8', '宅基地纠纷', '周玉梅', null, '吴国庆', '宅基地界址', '孙立平', null]),
    row(8, [5, '2026-03-09', '婚姻家庭纠纷', '吴国庆', null, '刘芳', '赡养老人', '孙立平、李敏', null]),
    row(9, [6, new Date(Date.UTC(2026, 2, 5)), '邻里纠纷', '马春兰', null, '孙建国', '排水沟堵塞', '孙立平', null]),
    row(10, [null, null, null, null, null, null, null, null, null]),
  ],
};
const importContext: ImportContext = {
  committee: '忠仁镇人民调解委员会', organiser: '忠仁镇人民政府',
  referenceCode: (_kind, name) => ({ 邻里纠纷: 'linli', 婚姻家庭纠纷: 'hunyin-jiating' } as Record<string, string>)[name],
  lawIdByName: () => undefined, officerIdByName: () => undefined,
};
const validate = (draft: Parameters<typeof validateRecord<'mediationCase'>>[1]) => validateRecord('mediationCase', draft, context());

describe('import plan (dry run)', () => {
  it('[IMPORT_MAPPING] maps columns by their headers or aliases and names the required fields nothing fills', () => {
    const mapping = autoMapping(mediationImport.fields, headers);
    expect(mapping).toMatchObject({ receivedOn: 1, disputeType: 2, applicant: 3, respondent: 5, summary: 6, mediators: 7, status: 8 });
    expect(unmappedRequired(mediationImport.fields, mapping)).toEqual([]);
    expect(unmappedRequired(mediationImport.fields, autoMapping(mediationImport.fields, ['受理日期', '当事人']))).toEqual(['纠纷类型', '申请人', '被申请人', '纠纷简要情况', '调解员']);
  });

  it('[IMPORT_DRY_RUN] lists every bad row with its Excel row number and Chinese reasons, and a case met twice once', () => {
    const plan = planImport({ ledgerImport: mediationImport, sheet, mapping: autoMapping(mediationImport.fields, headers), context: importContext, validate, existingKeys: new Set() });
    expect(plan.bad).toEqual([
      { rowNumber: 5, reasons: ['受理日期“2026年3月40日”不是日期（应写作 2026-03-05 或 2026年3月5日）'] },
      { rowNumber: 6, reasons: ['缺少申请人'] },
      { rowNumber: 7, reasons: ['纠纷类型“宅基地纠纷”不在基础数据的纠纷类型中'] },
    ]);
    expect(plan.good.map((entry) => entry.rowNumber)).toEqual([4, 8]);
    expect(plan.good[1]?.draft).toMatchObject({ receivedOn: '2026-03-09', disputeType: 'hunyin-jiating', mediators: ['孙立平', '李敏'], status: 'accepted', source: 'application' });
    expect(plan.duplicates).toEqual([{ rowNumber: 9, reason: '与第 4 行是同一条记录' }]);
  });

  it('[IMPORT_NO_DUPLICATES] a case already in the ledger is not imported again', () => {
    const first = planImport({ ledgerImport: mediationImport, sheet, mapping: autoMapping(mediationImport.fields, headers), context: importContext, validate, existingKeys: new Set() });
    const existingKeys = new Set(first.good.map((entry) => mediationImport.sameCaseKey(entry.draft)));
    const again = planImport({ ledgerImport: mediationImport, sheet, mapping: autoMapping(mediationImport.fields, headers), context: importContext, validate, existingKeys });
    expect(again.good).toEqual([]);
    expect(again.duplicates.map((entry) => entry.rowNumber)).toEqual([4, 8, 9]);
  });

  it('[IMPORT_RULES] the kind\'s own rules refuse a row as the form would', () => {
    const future = { headers, rows: [row(4, [1, '2099-01-01', '邻里纠纷', '马春兰', null, '孙建国', '排水沟', '孙立平', null])] };
    const plan = planImport({ ledgerImport: mediationImport, sheet: future, mapping: autoMapping(mediationImport.fields, headers), context: importContext, validate, existingKeys: new Set() });
    expect(plan.bad).toHaveLength(1);
    expect(plan.bad[0]?.reasons.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('[IMPORT_CELLS] reads dates and numbers as officials type them', () => {
    expect(['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日'].map(cellDate)).toEqual(Array(4).fill('2026-03-05'));
    expect(cellDate('2026-02-30')).toBeNull();
    expect(cellDate('')).toBeUndefined();
    expect([cellNumber('1,250.50'), cellNumber(3), cellNumber('三百'), cellNumber(null)]).toEqual([1250.5, 3, null, undefined]);
  });
});
