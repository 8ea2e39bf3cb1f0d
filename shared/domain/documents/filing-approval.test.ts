import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { enforcementDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { filingApprovalDocument } from './filing-approval';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const record = (overrides: Partial<EnforcementCase> = {}): EnforcementCase => {
  const draft = enforcementDraft();
  return { ...draft, caseNumber: '忠仁综执〔2026〕3号', personal: { ...draft.personal, address: '忠仁镇红星村' }, ...overrides } as EnforcementCase;
};
const fill = (overrides: Partial<EnforcementCase> = {}, ctx = context) => filingApprovalDocument.fill(record(overrides), ctx);

describe('立案审批表 (行政处罚法 art. 54)', () => {
  it('states the case, the 案由, the party with its address, the basis and the filing date', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      agencyName: '忠仁镇人民政府', caseNumber: '忠仁综执〔2026〕3号', category: '行政处罚', matter: '露天焚烧秸秆',
      partyName: '马九', partyDetails: [{ line: '身份证号码：11010519491231002X' }, { line: '住址：忠仁镇红星村' }],
      legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条第二款', filedOn: '2026年9月1日',
    });
    expect(fill({}, { ...context, showPersonal: false }).fields.partyDetails).toEqual([{ line: '身份证号码：1101**********002X' }, { line: '住址：（已隐去）' }]);
  });

  it('[DOC_NOT_ORDINARY] refuses a 简易程序 case, which is decided on the spot and not filed', () => {
    expect(fill({ procedure: 'simple' }).missing).toEqual([
      { code: 'DOC_NOT_ORDINARY', message: '程序类型为“普通程序”（简易程序当场作出决定，不立案）', field: 'procedure' },
    ]);
  });

  it('[DOC_FIELD_MISSING] names the 执法事项, address and basis it lacks', () => {
    expect(fill({ matter: ' ', personal: {}, legalBasis: '' }).missing.map((item) => item.message)).toEqual(['执法事项', '当事人住址', '法律依据']);
  });
});
