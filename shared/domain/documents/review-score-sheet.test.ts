import { describe, expect, it } from 'vitest';
import { reviewScoreSheet } from './review-score-sheet';

const review = {
  caseNumber: '忠仁综执〔2026〕3号', reviewedUnit: '忠仁镇综合行政执法办公室', reviewedOn: '2026-11-20', reviewer: '郑评查',
  vetoItems: [] as string[], formScore: 18, contentScore: 72, totalScore: 90, grade: 'excellent' as const, findings: '送达回证缺少日期',
};

describe('案卷评查评分表 (printed)', () => {
  it('lists every veto item, each section with its maximum, the total and grade, the reviewer and the date', () => {
    const sheet = reviewScoreSheet(review);
    expect(sheet.heading).toEqual([['被评查案件', '忠仁综执〔2026〕3号'], ['被评查单位', '忠仁镇综合行政执法办公室']]);
    expect(sheet.veto).toHaveLength(9);
    expect(sheet.veto.every((item) => !item.found)).toBe(true);
    expect(sheet.points.map(({ label, points, maximum }) => [label, points, maximum])).toEqual([['案卷形式', 18, 20], ['案卷内容', 72, 80]]);
    expect(sheet.total).toEqual({ points: 90, maximum: 100, grade: '优秀', note: '' });
    expect(sheet.signature).toEqual([['评查人', '郑评查'], ['评查日期', '2026年11月20日']]);
  });

  it('marks the veto items found and says why the total is 0', () => {
    const sheet = reviewScoreSheet({ ...review, vetoItems: ['wrongLaw'], totalScore: 0, grade: 'fail' });
    expect(sheet.veto.filter((item) => item.found).map((item) => item.label)).toEqual(['适用法律依据错误']);
    expect(sheet.total).toEqual({ points: 0, maximum: 100, grade: '不合格', note: '存在否决项，判为不合格卷，计0分' });
  });
});
