import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../schemas/mediation-case';
import { mediationDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { returnVisitDocument } from './return-visit';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-12-01', showPersonal: true };
const record = (overrides: Partial<MediationCase> = {}): MediationCase =>
  ({ ...mediationDraft(), caseNumber: '〔2026〕忠仁调字第12号', ...overrides }) as MediationCase;
const fill = (overrides: Partial<MediationCase> = {}) => returnVisitDocument.fill(record(overrides), context);

describe('人民调解回访记录 (人民调解法 art. 31)', () => {
  it('lists every visit with its date, visitor and what was found, under the agreement\'s number', () => {
    const { fields, missing } = fill({ returnVisits: [
      { date: '2026-11-01', visitor: '张调解', performance: 'partly', note: '正在施工' },
      { date: '2026-11-18', visitor: '李调解', note: '排水口已改建，双方满意' },
    ] });
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      committeeName: '忠仁镇人民调解委员会', caseNumber: '〔2026〕忠仁调字第12号', parties: '申请人刘一、被申请人陈二',
      visits: [
        { number: '第一次回访', date: '2026年11月1日', visitor: '张调解', situation: '履行情况：部分履行。正在施工' },
        { number: '第二次回访', date: '2026年11月18日', visitor: '李调解', situation: '排水口已改建，双方满意' },
      ],
    });
  });

  it('[DOC_FIELD_MISSING] [DOC_AGREEMENT_NOT_REACHED] refuses a case with no visit, or not mediated to an agreement', () => {
    expect(fill({ returnVisits: [] }).missing).toEqual([{ code: 'DOC_FIELD_MISSING', message: '回访记录', field: 'returnVisits' }]);
    expect(fill({ status: 'failed' }).missing.map((item) => item.code)).toEqual(['DOC_AGREEMENT_NOT_REACHED']);
    expect(fill({ returnVisits: [{ date: '2026-11-01', visitor: ' ', note: '' }] }).missing.map((item) => item.message)).toEqual(['第一次回访的回访人', '第一次回访的回访情况']);
  });
});
