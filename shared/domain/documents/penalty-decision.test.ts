import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { enforcementDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { penaltyDecisionDocument } from './penalty-decision';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const record = (overrides: Partial<EnforcementCase> = {}): EnforcementCase => {
  const draft = enforcementDraft();
  return { ...draft, personal: { ...draft.personal, address: '忠仁镇红星村' }, ...overrides } as EnforcementCase;
};
const fill = (overrides: Partial<EnforcementCase> = {}, ctx = context) => penaltyDecisionDocument.fill(record(overrides), ctx);

describe('行政处罚决定书 (行政处罚法 art. 59)', () => {
  it('states the party, facts and evidence, basis and penalty, performance, remedies, organ and date', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      agencyName: '忠仁镇人民政府',
      documentNumber: '忠仁综执罚决〔2026〕3号',
      partyName: '马九',
      partyDetails: [{ line: '身份证号码：11010519491231002X' }, { line: '住址：忠仁镇红星村' }],
      facts: '露天焚烧秸秆',
      evidence: '现场检查执法记录仪录像',
      legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条第二款',
      content: '罚款伍佰元',
      paymentNotes: [{ line: '罚款金额：500元。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。' }],
      performance: '收到决定书之日起十五日内到指定银行缴纳',
      remedies: '六十日内向县人民政府申请行政复议，或六个月内向县人民法院提起行政诉讼',
      decidedOn: '2026年9月30日',
    });
  });

  it('names an organisation by credit code and representative; evidence from attachments; no fine, no payment note; masked ID', () => {
    const base = record();
    const photo = { sha256: 'c'.repeat(64), name: '现场.jpg', mimeType: 'image/jpeg', size: 10, purpose: '证据照片', addedAt: '2026-09-03T08:00:00.000Z' };
    const scan = { ...photo, sha256: 'd'.repeat(64), name: '决定书.pdf', purpose: '执法文书扫描件' };
    const company = fill({
      party: { kind: 'organisation', name: '忠仁米业有限公司', creditCode: '91230422MA1234567X', legalRepresentative: '高大' },
      recordings: [], attachments: [photo, scan], decision: { ...base.decision, outcome: 'penalty', content: '警告', fineAmount: 0, agencyName: ' ' },
    });
    expect(company.missing).toEqual([]);
    expect(company.fields.partyDetails).toEqual([{ line: '统一社会信用代码：91230422MA1234567X' }, { line: '法定代表人：高大' }, { line: '住所：忠仁镇红星村' }]);
    expect(company.fields.evidence).toBe('证据照片（现场.jpg）');
    expect(company.fields.paymentNotes).toEqual([]);
    expect(company.fields.agencyName).toBe('忠仁镇人民政府');
    expect(fill({}, { ...context, showPersonal: false }).fields.partyDetails).toEqual([{ line: '身份证号码：1101**********002X' }, { line: '住址：（已隐去）' }]);
  });

  it('[DOC_FIELD_MISSING] refuses a decision lacking what art. 59 prints, each named in Chinese', () => {
    const { missing } = fill({
      personal: {}, stages: { filedOn: '2026-09-01' },
      decision: { outcome: 'penalty', content: '罚款伍佰元', fineAmount: 500 },
    });
    expect(missing.map((item) => item.message)).toEqual(['决定书文号', '当事人住址', '履行方式和期限', '复议、诉讼的途径和期限', '决定日期']);
    expect(new Set(missing.map((item) => item.code))).toEqual(new Set(['DOC_FIELD_MISSING']));
  });

  it('[DOC_NOT_PENALTY] refuses a case not decided with a penalty', () => {
    const base = record();
    expect(fill({ decision: { ...base.decision, outcome: 'noPenalty', content: '不予处罚' } }).missing)
      .toEqual([{ code: 'DOC_NOT_PENALTY', message: '决定结果为“给予行政处罚”', field: 'decision.outcome' }]);
    expect(fill({ decision: undefined }).missing.map((item) => item.code)).toContain('DOC_NOT_PENALTY');
  });

  it('[DOC_EVIDENCE_MISSING] refuses a decision with no evidence recorded', () => {
    expect(fill({ recordings: [], attachments: [] }).missing.map((item) => item.code)).toEqual(['DOC_EVIDENCE_MISSING']);
  });
});
