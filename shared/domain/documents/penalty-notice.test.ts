import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { enforcementDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { penaltyNoticeDocument } from './penalty-notice';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const record = (overrides: Partial<EnforcementCase> = {}): EnforcementCase => {
  const draft = enforcementDraft();
  return {
    ...draft, caseNumber: '忠仁综执〔2026〕3号', personal: { ...draft.personal, address: '忠仁镇红星村' },
    notice: { proposedContent: '拟罚款伍佰元', proposedFine: 500 }, ...overrides,
  } as EnforcementCase;
};
const fill = (overrides: Partial<EnforcementCase> = {}) => penaltyNoticeDocument.fill(record(overrides), context);

describe('行政处罚事先告知书 (行政处罚法 art. 44)', () => {
  it('states the proposed penalty with its facts, evidence and basis, dated the day of 告知', () => {
    const { fields, missing } = fill({ matter: '露天焚烧秸秆。' });
    expect(missing).toEqual([]);
    expect(fields).toMatchObject({
      agencyName: '忠仁镇人民政府', caseNumber: '忠仁综执〔2026〕3号', partyName: '马九', facts: '露天焚烧秸秆',
      evidence: '现场检查执法记录仪录像', proposed: '拟罚款伍佰元', fineNotes: [{ line: '拟罚款金额：500元。' }], notifiedOn: '2026年9月10日',
    });
    expect(fill({ notice: { proposedContent: '警告' } }).fields.fineNotes).toEqual([]);
  });

  it('[DOC_FIELD_MISSING] refuses a notice before the proposed penalty and the day of 告知 are recorded', () => {
    const draft = enforcementDraft();
    const { missing } = fill({ notice: undefined, stages: { ...draft.stages, notifiedOn: undefined } });
    expect(missing).toEqual([
      { code: 'DOC_FIELD_MISSING', message: '告知书拟作出的处罚', field: 'notice.proposedContent' },
      { code: 'DOC_FIELD_MISSING', message: '告知日期', field: 'stages.notifiedOn' },
    ]);
  });
});
