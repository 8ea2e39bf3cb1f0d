import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { enforcementDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { spotPenaltyDecisionDocument } from './spot-penalty-decision';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
/** A 简易程序 penalty decided on the spot on 2026-09-01: ¥100 for burning straw. */
const spot = (overrides: Partial<EnforcementCase> = {}): EnforcementCase => {
  const draft = enforcementDraft();
  return {
    ...draft, procedure: 'simple',
    stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-01', decidedOn: '2026-09-01', servedOn: '2026-09-01' },
    decision: {
      outcome: 'penalty', content: '罚款壹佰元', fineAmount: 100, documentNumber: '忠仁当罚〔2026〕0007号',
      remedies: '六十日内向县人民政府申请行政复议，或六个月内向县人民法院提起行政诉讼', place: '忠仁镇红星村村口',
    },
    ...overrides,
  } as EnforcementCase;
};
const fill = (overrides: Partial<EnforcementCase> = {}, ctx = context) => spotPenaltyDecisionDocument.fill(spot(overrides), ctx);

describe('当场行政处罚决定书 (行政处罚法 art. 52)', () => {
  it('states the violation, the penalty and its basis, the fine, the time and place, the remedies and the organ', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      agencyName: '忠仁镇人民政府',
      documentNumber: '忠仁当罚〔2026〕0007号',
      partyName: '马九',
      // No address was taken on the spot: the paper prints what is known and asks for nothing more.
      partyDetails: [{ line: '身份证号码：11010519491231002X' }],
      facts: '露天焚烧秸秆',
      legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条第二款',
      content: '罚款壹佰元',
      paymentNotes: [{ line: '罚款金额：100元。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。' }],
      // Art. 67(三): with no manner recorded, the law's own — at the bank within fifteen days.
      performance: [{ line: '当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款' }],
      remedies: '六十日内向县人民政府申请行政复议，或六个月内向县人民法院提起行政诉讼',
      place: '忠仁镇红星村村口',
      decidedOn: '2026年9月1日',
    });
  });

  it('a warning has no fine, so no payment lines; a recorded manner of payment and address are printed as recorded', () => {
    const base = spot();
    const warning = fill({ decision: { ...base.decision!, content: '警告', fineAmount: undefined } });
    expect(warning.missing).toEqual([]);
    expect(warning.fields.paymentNotes).toEqual([]);
    expect(warning.fields.performance).toEqual([]);
    const recorded = fill({ personal: { ...base.personal, address: '忠仁镇红星村' }, decision: { ...base.decision!, performance: '当场缴纳（行政处罚法第六十八条）' } });
    expect(recorded.fields.performance).toEqual([{ line: '当场缴纳（行政处罚法第六十八条）' }]);
    expect(recorded.fields.partyDetails).toEqual([{ line: '身份证号码：11010519491231002X' }, { line: '住址：忠仁镇红星村' }]);
  });

  it('[DOC_FIELD_MISSING] refuses a form lacking what art. 52 prints — number, place, time, remedies — each named in Chinese', () => {
    const { missing } = fill({
      stages: { filedOn: '2026-09-01' },
      decision: { outcome: 'penalty', content: '罚款壹佰元', fineAmount: 100 },
    });
    expect(missing.map((item) => item.message)).toEqual(['决定书文号', '复议、诉讼的途径和期限', '处罚地点', '决定日期']);
    expect(new Set(missing.map((item) => item.code))).toEqual(new Set(['DOC_FIELD_MISSING']));
  });

  it('[DOC_NOT_SIMPLE] an ordinary-procedure case gets a 行政处罚决定书 instead; [DOC_NOT_PENALTY] no penalty, no form', () => {
    expect(fill({ procedure: 'ordinary' }).missing)
      .toEqual([{ code: 'DOC_NOT_SIMPLE', message: '程序类型为“简易程序”（普通程序请出具行政处罚决定书）', field: 'procedure' }]);
    const base = spot();
    expect(fill({ decision: { ...base.decision!, outcome: 'noPenalty', content: '不予处罚' } }).missing.map((item) => item.code)).toEqual(['DOC_NOT_PENALTY']);
  });
});
