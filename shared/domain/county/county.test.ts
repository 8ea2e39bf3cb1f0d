import { describe, expect, it } from 'vitest';
import type { DeviceHealthRow } from '../../sync/device-reports';
import type { ReferenceData } from '../schemas/reference-data';
import type { MediationFacts } from '../statistics/mediation-statistics';
import { periodStatistics, TOTAL_COLUMN } from '../statistics/period-statistics';
import type { StudyFacts } from '../statistics/study-statistics';
import { deviceHealth, parseSilentDays, timeAgoText } from './device-health';
import { listLink, listLinkCriteria } from './list-link';
import { townshipProgress } from './township-progress';

const year = { type: 'year', year: 2026, index: 1 } as const;
const med = (townshipId: string, status: MediationFacts['status']): MediationFacts => ({
  townshipId, receivedOn: '2026-03-01', disputeType: 'linli', status, source: 'application', parties: [],
});
const study = (townshipId: string, kind: StudyFacts['kind'], lawIds: string[]): StudyFacts => ({
  townshipId, heldOn: '2026-04-01', kind, lawIds, hours: 1, participants: [],
});
// 忠仁镇: 3 of 4 closed cases succeeded (75 %), one open; 2 laws before meetings; 1 training; 2 reviews of the
// year, one 不合格; 3 在岗 officers, the card of one ran out yesterday (2 of 3 valid today). 绥东镇: nothing.
const records = {
  mediation: [med('zhongren', 'succeeded'), med('zhongren', 'succeeded'), med('zhongren', 'succeeded'), med('zhongren', 'failed'), med('zhongren', 'mediating')],
  study: [study('zhongren', 'preMeeting', ['law:a', 'law:b']), study('zhongren', 'preMeeting', ['law:a']), study('zhongren', 'officerTraining', ['law:c'])],
  enforcement: [],
  reviews: [
    { townshipId: 'zhongren', reviewedOn: '2026-05-01', grade: 'good' as const },
    { townshipId: 'zhongren', reviewedOn: '2026-09-01', grade: 'fail' as const },
  ],
  officers: [
    { townshipId: 'zhongren', status: 'active' as const, certificateExpiresOn: '2026-12-06' },
    { townshipId: 'zhongren', status: 'active' as const, certificateExpiresOn: '2026-12-05' },
    { townshipId: 'zhongren', status: 'active' as const, certificateExpiresOn: '2028-01-01' },
  ],
};
const actor = { person: '县司法局', deviceId: 'd' };
const countyTarget = (code: string, value: number): ReferenceData => ({
  id: `target:${code}`, kind: 'target', code, name: '人民调解成功率', sortOrder: 1, active: true, details: { value }, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: actor,
});

describe('township progress against the plan (decision 026)', () => {
  const statistics = periodStatistics(records, year, { kind: 'county', townshipIds: ['zhongren', 'suidong'] }, 'closed', '2026-12-06');
  const rows = townshipProgress(statistics, [], { zhongren: '忠仁镇', suidong: '绥东镇' });

  it('gives every township a row, 全县 last, with the figures of the year\'s statistics against the plan\'s defaults', () => {
    expect(rows.map((row) => [row.townshipId, row.name])).toEqual([['zhongren', '忠仁镇'], ['suidong', '绥东镇'], [TOTAL_COLUMN, '全县']]);
    const zhongren = rows[0]?.figures ?? [];
    expect(zhongren.map((figure) => [figure.code, figure.value, figure.target, figure.met, figure.kind])).toEqual([
      ['mediationSuccessRate', 0.75, 0.9, false, 'mediationCase'],
      ['lawsStudiedBeforeMeetings', 2, 20, false, 'studySession'],
      ['officerTrainings', 1, 2, false, 'studySession'],
      ['caseReviews', 2, 2, true, 'caseReview'],
      ['certifiedOfficerRate', 2 / 3, 1, false, 'officer'],
    ]);
    expect(zhongren.map((figure) => figure.progress)).toEqual([0.75 / 0.9, 0.1, 0.5, 1, 2 / 3]);
    expect(zhongren[0]?.detail).toBe('受理 5 件，成功 3 件，已结案 4 件');
    expect(zhongren[3]?.detail).toBe('评查案卷 2 件，不合格 1 件');
    expect(zhongren[4]?.detail).toBe('在岗 3 人，执法证有效 2 人（截至 2026-12-06）');
  });

  it('opens the year\'s records of the township behind each figure, and its whole roster behind 持证率', () => {
    const zhongren = rows[0]?.figures ?? [];
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(zhongren.map((figure) => figure.link)).toEqual([
      { filter: 'townshipId=zhongren', ...year }, { filter: 'townshipId=zhongren', ...year }, { filter: 'townshipId=zhongren', ...year },
      { filter: 'townshipId=zhongren', ...year }, { filter: 'townshipId=zhongren' },
    ]);
    expect(rows[2]?.figures.map((figure) => figure.link)).toEqual([year, year, year, year, {}]);
  });

  it('a township with nothing has no success rate and no 持证率 to show (not 0 %: 无执法人员) and zero against the counted targets', () => {
    const suidong = rows[1]?.figures ?? [];
    expect(suidong.map((figure) => [figure.value, figure.progress, figure.met])).toEqual([[null, null, null], [0, 0, false], [0, 0, false], [0, 0, false], [null, null, null]]);
    expect(suidong.map((figure) => figure.noValue)).toEqual(['—', '—', '—', '—', '无执法人员']);
  });

  it('reads the county\'s own target, and caps progress at the whole bar when a township passes it', () => {
    const [zhongren] = townshipProgress(statistics, [countyTarget('mediationSuccessRate', 0.7)], {});
    expect(zhongren?.figures[0]).toMatchObject({ target: 0.7, met: true, progress: 1 });
  });
});

describe('list links (drill-down)', () => {
  it('writes a list address with its filters and reads the same filters back', () => {
    const href = listLink('/mediation', { filter: 'townshipId=zhongren', from: '2026-01-01', to: '2026-12-31' });
    expect(href).toBe('/mediation?filter=townshipId%3Dzhongren&from=2026-01-01&to=2026-12-31');
    expect(listLinkCriteria(href.slice(href.indexOf('?')))).toEqual({ filter: 'townshipId=zhongren', from: '2026-01-01', to: '2026-12-31' });
    expect(listLink('/study', {})).toBe('/study');
  });

  it('leaves out what is malformed and answers undefined for an address with no filters', () => {
    expect(listLinkCriteria('')).toBeUndefined();
    expect(listLinkCriteria('?from=2026-13&to=tomorrow&filter=nofield')).toBeUndefined();
    expect(listLinkCriteria('?from=2026-01-01&filter=a=b=c')).toEqual({ from: '2026-01-01' });
  });
});

describe('PC sync health', () => {
  const now = '2026-12-06T10:00:00.000Z';
  const row = (patch: Partial<DeviceHealthRow>): DeviceHealthRow => ({
    id: 'd1', name: '忠仁镇司法所', role: 'township', townshipId: 'zhongren', createdAt: '2026-01-01T00:00:00.000Z',
    lastSeenAt: '2026-12-06T09:58:00.000Z', revokedAt: null, waiting: 4, appVersion: '0.1.0', reportedAt: now, ...patch,
  });

  it('says how long ago a PC was last in touch, in Chinese', () => {
    expect(['2026-12-06T09:59:30.000Z', '2026-12-06T09:15:00.000Z', '2026-12-06T07:00:00.000Z', '2026-12-03T09:00:00.000Z', null]
      .map((at) => timeAgoText(at, now))).toEqual(['刚刚', '45 分钟前', '3 小时前', '3 天前', '从未同步']);
  });

  it('flags a revoked PC, one silent for more than N days, and one never seen; a PC in touch is not flagged', () => {
    const views = deviceHealth([
      row({}),
      row({ id: 'd2', revokedAt: '2026-12-01T00:00:00.000Z' }),
      row({ id: 'd3', lastSeenAt: '2026-11-28T09:00:00.000Z' }),
      row({ id: 'd4', lastSeenAt: '2026-11-30T11:00:00.000Z' }),
      row({ id: 'd5', lastSeenAt: null, waiting: null, appVersion: null, townshipId: null, role: 'county' }),
    ], now, 7, { zhongren: '忠仁镇' });
    expect(views.map((view) => [view.id, view.flagText])).toEqual([['d1', ''], ['d2', '已停用'], ['d3', '超过 7 天未同步'], ['d4', ''], ['d5', '从未同步']]);
    expect(views[0]).toMatchObject({ place: '忠仁镇', lastSeenText: '2 分钟前', waitingText: '4 条', appVersion: '0.1.0' });
    expect(views[4]).toMatchObject({ place: '县司法局', waitingText: '未上报', appVersion: '未上报' });
  });

  it('takes a whole number of days from 1 to 365 and says why anything else is refused', () => {
    expect(parseSilentDays(' 14 ')).toEqual({ ok: true, value: 14 });
    expect(parseSilentDays('')).toEqual({ ok: false, message: '请填写天数' });
    expect(parseSilentDays('2.5')).toEqual({ ok: false, message: '天数应为整数，例如 7' });
    expect(parseSilentDays('-3')).toEqual({ ok: false, message: '天数应为整数，例如 7' });
    expect(parseSilentDays('0')).toEqual({ ok: false, message: '天数应在 1 到 365 之间' });
    expect(parseSilentDays('400')).toEqual({ ok: false, message: '天数应在 1 到 365 之间' });
  });
});
