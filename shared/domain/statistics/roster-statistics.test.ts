import { describe, expect, it } from 'vitest';
import { certificateValidOn } from '../deadlines/certificate-validity';
import type { OfficerFacts } from './officer-statistics';
import { officerFigures } from './officer-statistics';
import { periodStatistics, TOTAL_COLUMN } from './period-statistics';
import type { ReviewFacts } from './review-statistics';

// Hand-made roster and reviews; every expected figure below is counted by hand from these lists.
const officer = (townshipId: string, certificateExpiresOn: string, status: OfficerFacts['status'] = 'active'): OfficerFacts => ({ townshipId, status, certificateExpiresOn });
const review = (townshipId: string, reviewedOn: string, grade: ReviewFacts['grade'] = 'good'): ReviewFacts => ({ townshipId, reviewedOn, grade });
const today = '2026-12-06';
const year = { type: 'year', year: 2026, index: 1 } as const;

// 忠仁镇: 5 在岗 — one expiring today (still valid), one that expired yesterday, one expiring in 10 days
// (about to expire, valid), two valid for years — and one 暂停执法 with a valid card, who is not counted.
const officers: OfficerFacts[] = [
  officer('zhongren', '2026-12-06'),
  officer('zhongren', '2026-12-05'),
  officer('zhongren', '2026-12-16'),
  officer('zhongren', '2029-01-01'),
  officer('zhongren', '2030-06-30'),
  officer('zhongren', '2030-06-30', 'suspended'),
  officer('suidong', '2028-03-01'),
  officer('suidong', '2028-03-01'),
];
// 忠仁镇: three reviews of 2026 (one 不合格) and one of 2025; 绥东镇: one.
const reviews: ReviewFacts[] = [
  review('zhongren', '2026-01-01', 'excellent'), review('zhongren', '2026-06-15', 'fail'), review('zhongren', '2026-12-31'),
  review('zhongren', '2025-12-31'), review('suidong', '2026-03-03', 'pass'),
];
const records = { mediation: [], study: [], enforcement: [], reviews, officers };

describe('持证率 (certified officer rate) on a reference day', () => {
  it('[STAT_OFFICERS] a certificate is valid through its 有效期至 day and lapses the day after', () => {
    expect([certificateValidOn('2026-12-06', today), certificateValidOn('2026-12-05', today), certificateValidOn('2026-12-07', today)]).toEqual([true, false, true]);
  });

  it('[STAT_OFFICERS] counts 在岗 officers only, and of them those valid on the day: expiring today and about to expire are valid, yesterday\'s is not', () => {
    const figures = officerFigures(officers.filter((each) => each.townshipId === 'zhongren'), today);
    expect(figures).toEqual({ referenceDay: today, active: 5, certifiedValid: 4, certifiedRate: 4 / 5 });
    // One day on, the card that ran out today has lapsed too.
    expect(officerFigures(officers.filter((each) => each.townshipId === 'zhongren'), '2026-12-07').certifiedValid).toBe(3);
  });

  it('[STAT_OFFICERS] a township with no 在岗 officer has no rate (null, shown 无执法人员), never 0 % or NaN', () => {
    expect(officerFigures([], today)).toEqual({ referenceDay: today, active: 0, certifiedValid: 0, certifiedRate: null });
    expect(officerFigures([officer('xinfu', '2030-01-01', 'left')], today).certifiedRate).toBeNull();
  });
});

describe('a year\'s reviews and roster per township', () => {
  const statistics = periodStatistics(records, year, { kind: 'county', townshipIds: ['zhongren', 'suidong', 'xinfu'] }, 'closed', today);
  const column = (key: string) => statistics.columns.find((each) => each.key === key);

  it('[STAT_REVIEWS] counts each township\'s reviews dated in the year, and the 不合格 among them', () => {
    expect(statistics.columns.map((each) => [each.key, each.review.reviews, each.review.failed])).toEqual([
      ['zhongren', 3, 1], ['suidong', 1, 0], ['xinfu', 0, 0], [TOTAL_COLUMN, 4, 1],
    ]);
  });

  it('[STAT_OFFICERS] judges the year still running on today, each township and the county', () => {
    expect(column('zhongren')?.officers).toMatchObject({ referenceDay: today, active: 5, certifiedValid: 4 });
    expect(column('suidong')?.officers.certifiedRate).toBe(1);
    expect(column('xinfu')?.officers.certifiedRate).toBeNull();
    expect(column(TOTAL_COLUMN)?.officers).toMatchObject({ active: 7, certifiedValid: 6 });
  });

  it('[STAT_OFFICERS] judges a past period on its last day', () => {
    const q1 = periodStatistics(records, { type: 'quarter', year: 2026, index: 1 }, { kind: 'township', townshipId: 'zhongren' }, 'closed', today);
    expect(q1.columns[0]?.officers).toMatchObject({ referenceDay: '2026-03-31', active: 5, certifiedValid: 5 });
    expect(q1.columns[0]?.review.reviews).toBe(1);
  });
});
