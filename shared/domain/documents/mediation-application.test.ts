import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { mediationApplicationDocument } from './mediation-application';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const fill = (overrides: Partial<MediationCase> = {}) =>
  mediationApplicationDocument.fill({ ...mediationDraft(), claims: '请求调解排水纠纷', ...overrides }, context);

describe('人民调解申请书 (人民调解法 art. 17)', () => {
  it('states the parties, the dispute and what is asked, for the applicants to sign, dated the day received', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toMatchObject({
      committeeName: '忠仁镇人民调解委员会', summary: '两户因院墙排水问题发生争执', claims: '请求调解排水纠纷',
      applicants: [{ name: '刘一' }], receivedOn: '2026年10月12日',
    });
    expect(fields.parties).toHaveLength(2);
  });

  it('[DOC_NOT_APPLIED] refuses a case the committee took up itself; [DOC_FIELD_MISSING] names a blank 申请事项', () => {
    expect(fill({ source: 'proactive', claims: ' ' }).missing).toEqual([
      { code: 'DOC_NOT_APPLIED', message: '案件来源为“当事人申请”（主动调解等不制作申请书）', field: 'source' },
      { code: 'DOC_FIELD_MISSING', message: '申请事项', field: 'claims' },
    ]);
  });

  it('[DOC_PARTIES_MISSING] needs an applicant', () => {
    const base = mediationDraft();
    expect(fill({ parties: base.parties.filter((party) => party.role !== 'applicant') }).missing)
      .toEqual([{ code: 'DOC_PARTIES_MISSING', message: '至少一位申请人', field: 'parties' }]);
  });
});
