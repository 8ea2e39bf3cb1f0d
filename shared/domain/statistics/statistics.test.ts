import { describe, expect, it } from 'vitest';
import { mediationFigures, type MediationFacts } from './mediation-statistics';
import { studyFigures, type StudyFacts } from './study-statistics';
import { enforcementFigures, type EnforcementFacts } from './enforcement-statistics';
import { checkPeriod, monthsOf, periodLabel, periodRange } from './period';
import { periodStatistics, TOTAL_COLUMN } from './period-statistics';
import { formatCell, statisticsTables, ZERO_REPORT } from './statistics-tables';

// Hand-made cases of 2026 Q1: the expected figures below are counted by hand from this list.
const person = { kind: 'person' } as const;
const organisation = { kind: 'organisation' } as const;
const med = (townshipId: string, receivedOn: string, disputeType: string, status: MediationFacts['status'], extra: Partial<MediationFacts> = {}): MediationFacts => ({
  townshipId, receivedOn, disputeType, status, source: 'application', parties: [person, person], ...extra,
});
const cases: MediationFacts[] = [
  med('zhongren', '2026-01-05', 'linli', 'succeeded', { agreement: { amount: 3000 }, escalation: { risk: true }, parties: [person, person, organisation] }),
  med('zhongren', '2026-01-20', 'linli', 'failed', { source: 'proactive', escalation: { risk: true } }),
  med('zhongren', '2026-03-31', 'hetong', 'succeeded', { agreement: { amount: 1500.5 }, source: 'police' }),
  med('zhongren', '2026-03-02', 'hetong', 'mediating'),
  med('suibin', '2026-02-14', 'hunyin-jiating', 'succeeded', { escalation: { risk: true } }),
  med('suibin', '2026-02-28', 'linli', 'terminated', { source: 'court' }),
  // Outside Q1: never counted in it.
  med('zhongren', '2025-12-31', 'linli', 'succeeded', { agreement: { amount: 99999 } }),
  med('zhongren', '2026-04-01', 'linli', 'succeeded'),
];
const sessions: StudyFacts[] = [
  { townshipId: 'zhongren', heldOn: '2026-01-10', kind: 'preMeeting', lawIds: ['law:a', 'law:b'], hours: 1, participants: [{ name: '王芳' }, { name: '李强' }] },
  { townshipId: 'zhongren', heldOn: '2026-02-10', kind: 'officerTraining', lawIds: ['law:b', 'law:c'], hours: 8, participants: [{ name: '王芳' }, { name: ' 赵敏 ' }, { name: '李强' }] },
  { townshipId: 'suibin', heldOn: '2026-03-10', kind: 'preMeeting', lawIds: ['law:a'], hours: 0.5, participants: [{ name: '王芳' }] },
  // 普法活动 (decision 037): counted apart, in none of the 学法 figures above — not its law, hours or staff.
  { townshipId: 'zhongren', heldOn: '2026-02-20', kind: 'publicLegalEducation', lawIds: ['law:d'], hours: 3, participants: [], peopleReached: 120 },
  { townshipId: 'suibin', heldOn: '2026-03-15', kind: 'publicLegalEducation', lawIds: [], hours: 2, participants: [{ name: '孙丽' }], peopleReached: 80 },
];
const enforcement: EnforcementFacts[] = [
  { townshipId: 'zhongren', procedure: 'simple', stages: { filedOn: '2026-01-03' }, decision: { outcome: 'penalty', fineAmount: 200 } },
  { townshipId: 'zhongren', procedure: 'ordinary', stages: { filedOn: '2026-02-03', hearingHeldOn: '2026-03-01' }, decision: { outcome: 'penalty', fineAmount: 20000 }, legalReview: { reviewedOn: '2026-03-05' } },
  { townshipId: 'zhongren', procedure: 'ordinary', stages: { filedOn: '2026-03-03' }, decision: { outcome: 'noPenalty', fineAmount: 500 } },
  { townshipId: 'suibin', procedure: 'ordinary', stages: { filedOn: '2026-03-20' } },
];
const q1 = { type: 'quarter', year: 2026, index: 1 } as const;

describe('periods', () => {
  it('[STAT_PERIOD] a month, a quarter and a year run from their first to their last day, leap years included', () => {
    expect(periodRange({ type: 'month', year: 2028, index: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange(q1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange({ type: 'quarter', year: 2026, index: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(monthsOf({ type: 'year', year: 2026, index: 0 })).toHaveLength(12);
    expect(periodLabel(q1)).toBe('2026年第一季度');
  });

  it('[STAT_PERIOD_CHECK] a period out of range or not begun is refused in Chinese', () => {
    expect(checkPeriod({ type: 'month', year: 2026, index: 13 }, '2026-12-05')).toEqual({ ok: false, message: '统计月份应为1至12月' });
    expect(checkPeriod({ type: 'year', year: 2027, index: 0 }, '2026-12-05')).toEqual({ ok: false, message: '2027年度尚未开始，无法统计' });
    expect(checkPeriod({ type: 'month', year: 2026, index: 12 }, '2026-12-05')).toEqual({ ok: true });
  });
});

describe('mediation figures', () => {
  const zhongrenQ1 = cases.slice(0, 4);
  it('[STAT_MEDIATION] 受理, outcomes, amounts of succeeded cases and 防止民转刑 persons (natural persons only)', () => {
    const figures = mediationFigures(zhongrenQ1, monthsOf(q1), 'closed');
    expect(figures).toMatchObject({ received: 4, succeeded: 2, failed: 1, terminated: 0, open: 1, agreementAmount: 4500.5 });
    expect(figures.successRate).toBeCloseTo(2 / 3);
    expect(figures.byDisputeType).toEqual({ linli: 2, hetong: 2 });
    expect(figures.bySource).toEqual({ application: 2, proactive: 1, police: 1 });
    // Two cases were at risk; only the one mediated to success prevented it, with its 2 persons (not the 单位).
    expect(figures.preventedEscalation).toEqual({ cases: 1, persons: 2 });
  });

  it('[STAT_SUCCESS_DENOMINATOR] over cases received the open case counts in the denominator', () => {
    expect(mediationFigures(zhongrenQ1, monthsOf(q1), 'received').successRate).toBe(0.5);
  });

  it('[STAT_ZERO_REPORT] a month with no dispute is there, flagged 零上报, with no rate', () => {
    const { months } = mediationFigures(zhongrenQ1, monthsOf(q1), 'closed');
    expect(months.map((month) => [month.month, month.received, month.zeroReport])).toEqual([
      ['2026-01', 2, false], ['2026-02', 0, true], ['2026-03', 2, false],
    ]);
    expect(months[0]?.successRate).toBe(0.5);
    expect(months[1]?.successRate).toBeNull();
    expect(months[2]?.successRate).toBe(1);
  });
});

describe('study and enforcement figures', () => {
  it('[STAT_STUDY] sessions by form, distinct laws (and of them those of 会前学法), distinct persons and person-times', () => {
    expect(studyFigures(sessions)).toEqual({
      sessions: 3, byKind: { preMeeting: 2, officerTraining: 1 }, lawsStudied: 3, lawsStudiedBeforeMeetings: 2, persons: 3, personTimes: 6, hours: 9.5,
      publicLegalEducation: { activities: 2, peopleReached: 200 },
    });
  });

  it('[STAT_PUBLIC_LEGAL_EDUCATION] 谁执法谁普法 (plan (十二)): 普法活动 and the people they reached, apart from 学法', () => {
    const activities = sessions.filter((session) => session.kind === 'publicLegalEducation');
    expect(studyFigures(activities)).toMatchObject({ sessions: 0, byKind: {}, persons: 0, hours: 0, publicLegalEducation: { activities: 2, peopleReached: 200 } });
  });

  it('[STAT_ENFORCEMENT] by procedure and outcome, 法制审核, 听证, and fines of penalty decisions only', () => {
    expect(enforcementFigures(enforcement)).toEqual({
      cases: 4, byProcedure: { simple: 1, ordinary: 3 }, byOutcome: { penalty: 2, noPenalty: 1, undecided: 1 }, legalReviews: 1, hearings: 1, fines: 20200,
    });
  });
});

describe('a period for a township or for the county', () => {
  const records = { mediation: cases, study: sessions, enforcement, reviews: [], officers: [] };
  it('[STAT_TOWNSHIP] a township sees its own records of the period only', () => {
    const statistics = periodStatistics(records, q1, { kind: 'township', townshipId: 'zhongren' }, 'closed', '2026-12-06');
    expect(statistics.columns.map((column) => column.key)).toEqual(['zhongren']);
    expect(statistics.columns[0]?.mediation.received).toBe(4);
    expect(statistics.columns[0]?.study.sessions).toBe(2);
    expect(statistics.columns[0]?.enforcement.cases).toBe(3);
  });

  it('[STAT_COUNTY] the county sees each township side by side, a township with nothing as zeros, and the total', () => {
    const statistics = periodStatistics(records, q1, { kind: 'county', townshipIds: ['suibin', 'zhongren', 'xinfu'] }, 'closed', '2026-12-06');
    expect(statistics.columns.map((column) => [column.key, column.mediation.received, column.enforcement.fines])).toEqual([
      ['suibin', 2, 0], ['zhongren', 4, 20200], ['xinfu', 0, 0], [TOTAL_COLUMN, 6, 20200],
    ]);
    // 3 succeeded of 5 closed (1 failed, 1 terminated) across the county.
    expect(statistics.columns[3]?.mediation.successRate).toBeCloseTo(3 / 5);
    expect(statistics.columns[2]?.mediation.months.every((month) => month.zeroReport)).toBe(true);
  });

  it('[STAT_TABLES] the tables carry Chinese headers, every dispute type of the list, and 零上报 in the month rows', () => {
    const statistics = periodStatistics(records, q1, { kind: 'county', townshipIds: ['suibin', 'zhongren'] }, 'closed', '2026-12-06');
    const tables = statisticsTables(statistics, {
      townships: { suibin: '绥滨镇', zhongren: '忠仁镇' },
      disputeTypes: [{ code: 'hunyin-jiating', name: '婚姻家庭纠纷' }, { code: 'linli', name: '邻里纠纷' }, { code: 'wuye', name: '物业纠纷' }],
    });
    const byId = (id: string) => tables.find((table) => table.id === id);
    expect(byId('mediation')?.columns).toEqual(['绥滨镇', '忠仁镇', '合计']);
    // hetong is not in the given list: kept by its code rather than dropped.
    expect(byId('disputeTypes')?.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['婚姻家庭纠纷', 1, 0, 1], ['邻里纠纷', 1, 2, 3], ['物业纠纷', 0, 0, 0], ['hetong', 0, 2, 2],
    ]);
    expect(byId('months')?.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['1月', ZERO_REPORT, 2, 2], ['2月', 2, ZERO_REPORT, 2], ['3月', ZERO_REPORT, 2, 2],
    ]);
    const enforcementRows = byId('enforcement')?.rows.map((row) => [row.label, ...row.cells]);
    expect(enforcementRows).toContainEqual(['罚款金额（元）', 0, 20200, 20200]);
    expect(enforcementRows).toContainEqual(['尚未作出决定（件）', 1, 0, 1]);
    // Per township and in total: 普法活动 as their own rows of the 学法 table, never among its 其中 rows.
    const studyRows = byId('study')?.rows.map((row) => [row.label, ...row.cells]);
    expect(studyRows).toContainEqual(['学法场次（次）', 1, 2, 3]);
    expect(studyRows).toContainEqual(['普法活动（次）', 1, 1, 2]);
    expect(studyRows).toContainEqual(['普法受众（人次）', 80, 120, 200]);
    expect(studyRows?.map((row) => row[0])).not.toContain('其中：普法活动（次）');
  });

  it('[STAT_FORMAT] rates as percentages, none as —, amounts with separators', () => {
    expect(formatCell(2 / 3, 'ratio')).toBe('66.7%');
    expect(formatCell(null, 'ratio')).toBe('—');
    expect(formatCell(ZERO_REPORT, 'count')).toBe('零上报');
    expect(formatCell(20200.5, 'yuan')).toBe('20,200.5');
  });
});
