// 学法 rows from an office's own Excel 学法台账 (decision 021, amended): the laws and participants of one cell,
// the form by its Chinese name, hours in half hours; every bad row named with its reasons.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { context } from '../rules/test-fixtures';
import type { ImportContext } from './description';
import { autoMapping, planImport, unmappedRequired, type SheetRows } from './plan';
import { studyImport } from './study-import';

// The app's own export headers (study-columns.ts), so they map by themselves.
const headers = ['学习日期', '学习形式', '会议名称', '组织单位', '学习主题', '所学法律法规', '主讲人', '学习地点', '学时（小时）', '参加人数', '参加人员', '学习内容摘要'];
const row = (rowNumber: number, cells: (string | number | Date | null)[]) => ({ rowNumber, cells });
const sheet: SheetRows = {
  headers,
  rows: [
    row(2, [new Date(Date.UTC(2026, 5, 12)), '会前学法', '第12次镇政府常务会议', null, '学习行政处罚法', '《中华人民共和国行政处罚法》', '赵明律师', '三楼会议室', 1, 2, '钱晓东、王镇长', '逐条学习第五章']),
    row(3, ['2026-06-20', '执法人员培训', null, '县司法局', '执法程序培训', '《行政处罚法》、中华人民共和国民法典', '孙立平', null, 2.5, 1, '钱晓东', null]),
    row(4, ['2026-06-31', '会前学法', '第13次会议', null, '学习民法典', '《中华人民共和国民法典》', '赵明律师', null, 1, 1, '王镇长', null]),
    row(5, ['2026-07-01', '读书会', null, null, '学宪法', '《宪法》', '赵明律师', null, 0.3, 1, '王镇长', null]),
    row(6, ['2026-07-02', '法治讲座', null, null, '', null, '赵明律师', null, '一小时', 1, null, null]),
    row(7, [new Date(Date.UTC(2026, 5, 12)), '会前学法', '第12次镇政府常务会议', null, '学习行政处罚法', '《中华人民共和国行政处罚法》', '赵明律师', null, 1, 1, '钱晓东', null]),
  ],
};
const importContext: ImportContext = {
  committee: '忠仁镇人民调解委员会', organiser: '忠仁镇人民政府',
  referenceCode: () => undefined,
  lawIdByName: (name) => ({ 中华人民共和国行政处罚法: 'law:xingzheng-chufa-fa', 行政处罚法: 'law:xingzheng-chufa-fa', 中华人民共和国民法典: 'law:minfadian' } as Record<string, string>)[name],
  officerIdByName: (name) => (name === '钱晓东' ? 'officer-qian' : undefined),
};
const validate = (draft: Parameters<typeof validateRecord<'studySession'>>[1]) => validateRecord('studySession', draft, context());
const plan = (existingKeys = new Set<string>()) =>
  planImport({ ledgerImport: studyImport, sheet, mapping: autoMapping(studyImport.fields, headers), context: importContext, validate, existingKeys });

describe('学法 import (dry run)', () => {
  it('[IMPORT_MAPPING] the app\'s own export maps by itself; a file without 主讲人 or 参加人员 is told which', () => {
    expect(unmappedRequired(studyImport.fields, autoMapping(studyImport.fields, headers))).toEqual([]);
    expect(unmappedRequired(studyImport.fields, autoMapping(studyImport.fields, ['日期', '形式', '主题', '学时']))).toEqual(['主讲人', '参加人员']);
  });

  it('[IMPORT_DRY_RUN] reads laws and participants from one cell and names every bad row with its reasons', () => {
    const { good, bad, duplicates } = plan();
    expect(good.map((entry) => entry.rowNumber)).toEqual([2, 3]);
    expect(good[0]?.draft).toEqual({
      heldOn: '2026-06-12', kind: 'preMeeting', meetingName: '第12次镇政府常务会议', organiser: '忠仁镇人民政府', topic: '学习行政处罚法',
      lawIds: ['law:xingzheng-chufa-fa'], lecturer: '赵明律师', place: '三楼会议室', hours: 1, summary: '逐条学习第五章',
      // An enforcement officer among the participants is linked to the register, so the training counts for them.
      participants: [{ name: '钱晓东', officerId: 'officer-qian' }, { name: '王镇长' }], attachments: [],
    });
    expect(good[1]?.draft).toMatchObject({ kind: 'officerTraining', organiser: '县司法局', lawIds: ['law:xingzheng-chufa-fa', 'law:minfadian'], hours: 2.5 });
    expect(bad).toEqual([
      { rowNumber: 4, reasons: ['学习日期“2026-06-31”不是日期（应写作 2026-03-05 或 2026年3月5日）'] },
      { rowNumber: 5, reasons: ['学习形式“读书会”应为会前学法、中心组学法、干部集中学法、执法人员培训、法治讲座、学法考试、普法活动之一', '学时“0.3”应为0到100之间、以0.5小时为单位的数', '法律法规“《宪法》”不在基础数据的法律法规目录中'] },
      { rowNumber: 6, reasons: ['缺少学习主题', '缺少参加人员', '学时“一小时”不是数字'] },
    ]);
    expect(duplicates).toEqual([{ rowNumber: 7, reason: '与第 2 行是同一条记录' }]);
  });

  it('[IMPORT_NO_DUPLICATES] a session already in the ledger is not imported again', () => {
    const existing = new Set(plan().good.map((entry) => studyImport.sameCaseKey(entry.draft)));
    const again = plan(existing);
    expect(again.good).toEqual([]);
    expect(again.duplicates.map((entry) => entry.rowNumber)).toEqual([2, 3, 7]);
  });
});

describe('普法活动 rows (decision 037)', () => {
  const withAudience = [...headers, '普法对象', '受众人数'];
  const pufa: SheetRows = {
    headers: withAudience,
    rows: [
      row(2, ['2026-09-15', '普法活动', null, '忠仁镇综合行政执法办公室', '食品安全法进集市', '《中华人民共和国行政处罚法》', null, '忠仁镇农贸市场', 2, null, null, null, '赶集群众及市场商户', 150]),
      row(3, ['2026-09-16', '普法活动', null, null, '法律进乡村', null, null, '忠仁村村委会', 1, null, null, null, null, null]),
      row(4, ['2026-09-17', '会前学法', '第20次会议', null, '学习民法典', '《中华人民共和国民法典》', null, null, 1, 1, '王镇长', null, null, null]),
      row(5, ['2026-09-18', '普法活动', null, null, '宪法宣传日', null, null, '镇中学', 1, null, null, null, '中学生', '很多']),
    ],
  };
  const planned = () => planImport({ ledgerImport: studyImport, sheet: pufa, mapping: autoMapping(studyImport.fields, withAudience), context: importContext, validate, existingKeys: new Set() });

  it('[IMPORT_MAPPING] the app\'s own export with 普法对象 and 受众人数 maps by itself', () => {
    const mapping = autoMapping(studyImport.fields, withAudience);
    expect(mapping.audience).toBe(withAudience.indexOf('普法对象'));
    expect(mapping.peopleReached).toBe(withAudience.indexOf('受众人数'));
  });

  it('[IMPORT_DRY_RUN] imports a 普法活动 without 主讲人 or 参加人员, and names what an activity or a session lacks', () => {
    const { good, bad } = planned();
    expect(good.map((entry) => entry.rowNumber)).toEqual([2]);
    expect(good[0]?.draft).toMatchObject({ kind: 'publicLegalEducation', audience: '赶集群众及市场商户', peopleReached: 150, place: '忠仁镇农贸市场', lecturer: '', participants: [] });
    const reasons = Object.fromEntries(bad.map((entry) => [entry.rowNumber, entry.reasons.join('；')]));
    // Row 3: the PLE_* rules of the form, in the dry run too (谁执法谁普法).
    expect(reasons[3]).toMatch(/普法对象/);
    expect(reasons[3]).toMatch(/受众人数/);
    expect(reasons[3]).not.toMatch(/缺少主讲人|缺少参加人员/);
    // Row 4: a 会前学法 still needs its 主讲人.
    expect(reasons[4]).toContain('缺少主讲人');
    expect(reasons[5]).toContain('受众人数“很多”不是数字');
  });
});
