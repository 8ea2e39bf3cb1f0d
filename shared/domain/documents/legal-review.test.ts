import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { enforcementDraft } from '../rules/test-fixtures';
import type { DocumentContext } from './document';
import { legalReviewDocument } from './legal-review';

const context: DocumentContext = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', showPersonal: true };
const review = { reviewedOn: '2026-09-25', reviewer: '赵法审', opinion: 'approve', note: '事实清楚，证据确凿，程序合法' } as const;
const record = (overrides: Partial<EnforcementCase> = {}): EnforcementCase =>
  ({ ...enforcementDraft(), caseNumber: '忠仁综执〔2026〕3号', major: true, legalReview: review, ...overrides }) as EnforcementCase;
const fill = (overrides: Partial<EnforcementCase> = {}) => legalReviewDocument.fill(record(overrides), context);

describe('法制审核意见书 (行政处罚法 art. 58)', () => {
  it('states the case, the decision reviewed, the opinion with its explanation, the reviewer and the date', () => {
    const { fields, missing } = fill();
    expect(missing).toEqual([]);
    expect(fields).toEqual({
      agencyName: '忠仁镇人民政府', caseNumber: '忠仁综执〔2026〕3号', partyName: '马九', matter: '露天焚烧秸秆',
      proposed: '罚款伍佰元', legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条第二款',
      opinion: '同意', notes: [{ line: '事实清楚，证据确凿，程序合法' }], reviewer: '赵法审', reviewedOn: '2026年9月25日',
    });
  });

  it('reviews the penalty proposed at 告知 while no decision is typed; 修改后再报 without a note', () => {
    const { fields } = fill({ decision: undefined, notice: { proposedContent: '拟罚款叁佰元' }, legalReview: { ...review, opinion: 'revise', note: undefined } });
    expect(fields).toMatchObject({ proposed: '拟罚款叁佰元', opinion: '修改后再报', notes: [] });
  });

  it('[DOC_FIELD_MISSING] refuses a case whose 法制审核 is not recorded, naming each part', () => {
    expect(fill({ legalReview: undefined, decision: undefined }).missing.map((item) => item.message))
      .toEqual(['决定内容', '法制审核意见', '法制审核人员', '法制审核日期']);
  });
});
