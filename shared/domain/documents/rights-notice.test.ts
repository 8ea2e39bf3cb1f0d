import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { rightsNoticeDocument } from './rights-notice';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const fill = (overrides: Partial<MediationCase> = {}) =>
  rightsNoticeDocument.fill({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', ...overrides }, context);

describe('人民调解权利义务告知书 (人民调解法 art. 23, 24)', () => {
  it('addresses every party and has each sign, dated the day the notice was given', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toMatchObject({
      committeeName: '忠仁镇人民调解委员会', partyNames: '申请人刘一、被申请人陈二',
      signers: [{ role: '申请人', name: '刘一' }, { role: '被申请人', name: '陈二' }], givenOn: '2026年10月12日',
    });
  });

  it('is dated today when printed to be given now, and is made for a case still being mediated', () => {
    const { fields, missing } = fill({ rightsNotice: undefined, status: 'accepted', agreement: undefined });
    expect(missing).toEqual([]);
    expect(fields.givenOn).toBe('2026年10月20日');
  });

  it('[DOC_PARTIES_MISSING] needs the parties it addresses', () => {
    expect(fill({ parties: [] }).missing).toEqual([{ code: 'DOC_PARTIES_MISSING', message: '当事人', field: 'parties' }]);
  });
});
