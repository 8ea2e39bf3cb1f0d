import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { mediationAgreementDocument } from './mediation-agreement';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const record = (overrides: Partial<MediationCase> = {}): MediationCase =>
  ({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', ...overrides }) as MediationCase;
const fill = (overrides: Partial<MediationCase> = {}, ctx = context) => mediationAgreementDocument.fill(record(overrides), ctx);

describe('人民调解协议书 (人民调解法 art. 29)', () => {
  it('fills the parties, facts, terms, how, where and by when, the copies and the signers', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields.committeeName).toBe('忠仁镇人民调解委员会');
    expect(fields.caseNumber).toBe('〔2026〕忠仁调字第12号');
    expect(fields.parties).toEqual([
      { line: '申请人：刘一，男，52岁，汉族，农民，身份证号码：11010519491231002X，联系电话：13912345678，住址：忠仁镇忠仁村' },
      { line: '被申请人：陈二，女，47岁，满族，个体经营，住址：忠仁镇忠仁村三组' },
    ]);
    expect(fields.facts).toBe('陈二家院墙排水口对着刘一家院子，双方各有责任');
    expect(fields.terms).toBe('陈二改建排水口，刘一配合施工');
    expect(fields.performanceMethod).toBe('陈二自行施工');
    expect(fields.performancePlace).toBe('陈二家院墙处');
    expect(fields.performanceDeadline).toBe('2026年11月15日前');
    expect(fields.copiesText).toBe('本协议一式三份，当事人各执一份，人民调解委员会留存一份。');
    expect(fields.signers).toEqual([{ role: '申请人', name: '刘一' }, { role: '被申请人', name: '陈二' }]);
    expect(fields.mediators).toBe('张调解');
    expect(fields.signedOn).toBe('2026年10月15日');
  });

  it('masks ID numbers and phones and hides addresses for a reader who may not see them', () => {
    const { fields } = fill({}, { ...context, showPersonal: false });
    expect(fields.parties).toEqual([
      { line: '申请人：刘一，男，52岁，汉族，农民，身份证号码：1101**********002X，联系电话：139****5678，住址：（已隐去）' },
      { line: '被申请人：陈二，女，47岁，满族，个体经营，住址：（已隐去）' },
    ]);
  });

  it('counts one copy per party plus the one kept (三方 → 一式四份), and uses the settings committee when the case names none', () => {
    const base = record();
    const { fields } = fill({ committee: ' ', parties: [...base.parties, { partyId: 'p3', role: 'third', kind: 'organisation', name: '忠仁村村委会' }] });
    expect(fields.copiesText).toBe('本协议一式四份，当事人各执一份，人民调解委员会留存一份。');
    expect(fields.committeeName).toBe('忠仁镇人民调解委员会');
    expect(fields.signers).toContainEqual({ role: '第三人', name: '忠仁村村委会' });
  });

  it('[DOC_FIELD_MISSING] refuses an agreement without 履行期限, naming it in Chinese', () => {
    const base = record();
    const { missing } = fill({ agreement: { ...base.agreement, form: 'written', performanceDeadline: undefined } });
    expect(missing).toEqual([{ code: 'DOC_FIELD_MISSING', message: '履行期限', field: 'agreement.performanceDeadline' }]);
  });

  it('[DOC_FIELD_MISSING] lists every blank the paper would print, and 调解员', () => {
    const { missing } = fill({ mediators: [' '], agreement: { form: 'written', facts: ' ', terms: '' } });
    expect(missing.map((item) => item.message)).toEqual([
      '纠纷主要事实、争议事项及各方责任', '协议内容', '履行方式', '履行地点', '履行期限', '调解员',
    ]);
  });

  it('[DOC_AGREEMENT_NOT_REACHED] refuses a case not mediated to a written agreement', () => {
    const base = record();
    expect(fill({ status: 'mediating' }).missing.map((item) => item.code)).toEqual(['DOC_AGREEMENT_NOT_REACHED']);
    expect(fill({ agreement: { ...base.agreement, form: 'oral' } }).missing).toEqual([
      { code: 'DOC_AGREEMENT_NOT_REACHED', message: '协议形式为“书面协议”（口头协议不制作协议书）', field: 'agreement.form' },
    ]);
  });

  it('[DOC_PARTIES_MISSING] needs an applicant and a respondent', () => {
    const base = record();
    const { missing } = fill({ parties: base.parties.filter((party) => party.role === 'applicant') });
    expect(missing).toEqual([{ code: 'DOC_PARTIES_MISSING', message: '至少一位申请人和一位被申请人', field: 'parties' }]);
  });
});
