import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { enforcementDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { serviceReceiptDocument } from './service-receipt';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const record = (overrides: Partial<EnforcementCase> = {}): EnforcementCase => {
  const draft = enforcementDraft();
  return { ...draft, caseNumber: '忠仁综执〔2026〕3号', personal: { ...draft.personal, address: '忠仁镇红星村' }, ...overrides } as EnforcementCase;
};
const fill = (overrides: Partial<EnforcementCase> = {}, ctx = context) => serviceReceiptDocument.fill(record(overrides), ctx);

describe('送达回证 of the 行政处罚决定书 (行政处罚法 art. 61)', () => {
  it('states the decision served with its number, the party and where it is served', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toEqual({ agencyName: '忠仁镇人民政府', caseNumber: '忠仁综执〔2026〕3号', documentNumber: '忠仁综执罚决〔2026〕3号', partyName: '马九', address: '忠仁镇红星村' });
    expect(fill({}, { ...context, showPersonal: false }).fields.address).toBe('（已隐去）');
  });

  it('[DOC_NOT_PENALTY] [DOC_FIELD_MISSING] refuses without a penalty decision, its number or the address', () => {
    const base = record();
    expect(fill({ decision: { ...base.decision, outcome: 'noPenalty', content: '不予处罚', documentNumber: undefined }, personal: {} }).missing).toEqual([
      { code: 'DOC_NOT_PENALTY', message: '决定结果为“给予行政处罚”', field: 'decision.outcome' },
      { code: 'DOC_FIELD_MISSING', message: '决定书文号', field: 'decision.documentNumber' },
      { code: 'DOC_FIELD_MISSING', message: '当事人住址', field: 'personal.address' },
    ]);
  });
});
