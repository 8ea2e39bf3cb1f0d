import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { mediationRegistrationDocument } from './mediation-registration';

const context: DocumentContext = {
  townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true,
  referenceNames: { 'disputeType:linli': '邻里纠纷' },
};
const record = (overrides: Partial<MediationCase> = {}): MediationCase =>
  ({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', ...overrides }) as MediationCase;
const fill = (overrides: Partial<MediationCase> = {}, ctx = context) => mediationRegistrationDocument.fill(record(overrides), ctx);

describe('人民调解受理登记表 (人民调解法 art. 17, 27)', () => {
  it('fills the day taken in, the dispute type by name, the source, the parties, the dispute and the signers', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toMatchObject({
      committeeName: '忠仁镇人民调解委员会', caseNumber: '〔2026〕忠仁调字第12号', receivedOn: '2026年10月12日',
      disputeType: '邻里纠纷', source: '当事人申请', summary: '两户因院墙排水问题发生争执',
      signers: [{ role: '申请人', name: '刘一' }, { role: '被申请人', name: '陈二' }],
    });
    expect(fields.parties).toEqual([
      { line: '申请人：刘一，男，52岁，汉族，农民，身份证号码：11010519491231002X，联系电话：13912345678，住址：忠仁镇忠仁村' },
      { line: '被申请人：陈二，女，47岁，满族，个体经营，住址：忠仁镇忠仁村三组' },
    ]);
    expect(fill({ source: 'proactive' }).fields.source).toBe('主动调解');
  });

  it('masks personal data for a reader who may not see it', () => {
    const parties = fill({}, { ...context, showPersonal: false }).fields.parties;
    expect(JSON.stringify(parties)).not.toContain('13912345678');
    expect(JSON.stringify(parties)).toContain('139****5678');
  });

  it('[DOC_REFERENCE_UNKNOWN] refuses a dispute type the device cannot name rather than printing its code', () => {
    expect(fill({}, { ...context, referenceNames: {} }).missing).toEqual([
      { code: 'DOC_REFERENCE_UNKNOWN', message: '纠纷类型（“disputeType:linli”不在本机的参考数据中，请同步或在「参考数据」中补充）', field: 'disputeType' },
    ]);
  });

  it('[DOC_FIELD_MISSING] [DOC_PARTIES_MISSING] needs the dispute in brief and the parties', () => {
    expect(fill({ summary: ' ', parties: [] }).missing).toEqual([
      { code: 'DOC_PARTIES_MISSING', message: '当事人', field: 'parties' },
      { code: 'DOC_FIELD_MISSING', message: '纠纷简要情况', field: 'summary' },
    ]);
  });
});
