import { describe, expect, it } from 'vitest';
import { defaultCalendarYears } from '../calendar/default-calendar';
import { calendarFromYears } from '../calendar/working-day-calendar';
import { calendarYearFromInput } from '../calendar/calendar-year-input';
import type { EnforcementCase, MediationCase, Officer } from '../schemas/index';
import { caseReviewDraft, enforcementDraft, mediationDraft, officer } from '../rules/test-fixtures';
import { deadlinesOf } from '../by-kind/deadlines';
import type { Deadline } from './deadline';

const calendar = calendarFromYears(defaultCalendarYears([2024, 2025, 2026]));
const base = {
  id: 'rec-1', townshipId: 'zhongren', createdAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z',
  createdBy: { person: '张三', deviceId: 'd' }, updatedBy: { person: '张三', deviceId: 'd' }, trashed: false, newestFirstKey: 'k', searchText: '',
};
const enforcementCase = (overrides: Partial<EnforcementCase> = {}): EnforcementCase => ({
  ...base, caseNumber: '忠仁综执〔2026〕3号', caseYear: 2026, caseSeq: 3, partyIdHashes: [], stage: 'filed', ...enforcementDraft(), ...overrides,
});
const mediationCase = (overrides: Partial<MediationCase> = {}): MediationCase => ({
  ...base, caseNumber: '〔2026〕忠仁调字第1号', caseYear: 2026, caseSeq: 1, partyIdHashes: [], ...mediationDraft(), ...overrides,
});
const find = (deadlines: Deadline[], code: string) => deadlines.find((deadline) => deadline.code === code);

describe('deadlines', () => {
  it('[ENF_PUBLICITY_DUE] a penalty decided on 2026-09-30 is published by 2026-10-15: National Day skipped, Sat 10-10 counted', () => {
    const record = enforcementCase({ publicity: undefined });
    const publicity = find(deadlinesOf('enforcementCase', record, calendar, '2026-10-12'), 'ENF_PUBLICITY_DUE');
    expect(publicity).toMatchObject({ dueOn: '2026-10-15', state: 'dueSoon', recordId: 'rec-1' });
    expect(publicity?.basis).toContain('118号');
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-10-16'), 'ENF_PUBLICITY_DUE')?.state).toBe('overdue');
    expect(find(deadlinesOf('enforcementCase', enforcementCase(), calendar, '2026-10-16'), 'ENF_PUBLICITY_DUE')?.state).toBe('met');
  });

  it('[ENF_DECISION_DUE] decision within 90 days of filing, met once decided', () => {
    const open = enforcementCase({ stages: { filedOn: '2026-09-01' }, decision: undefined, publicity: undefined });
    expect(find(deadlinesOf('enforcementCase', open, calendar, '2026-10-01'), 'ENF_DECISION_DUE')).toMatchObject({
      dueOn: '2026-11-30', state: 'open', basis: '行政处罚法第六十条',
    });
    expect(find(deadlinesOf('enforcementCase', open, calendar, '2026-11-28'), 'ENF_DECISION_DUE')?.state).toBe('dueSoon');
    expect(find(deadlinesOf('enforcementCase', open, calendar, '2026-12-01'), 'ENF_DECISION_DUE')?.state).toBe('overdue');
    expect(find(deadlinesOf('enforcementCase', enforcementCase(), calendar, '2026-12-01'), 'ENF_DECISION_DUE')?.state).toBe('met');
  });

  it('[ENF_SERVICE_DUE] service within 7 working days of the decision', () => {
    const record = enforcementCase({ stages: { filedOn: '2026-09-01', decidedOn: '2026-09-30' } });
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-10-09'), 'ENF_SERVICE_DUE')).toMatchObject({ dueOn: '2026-10-15', state: 'open' });
  });

  it('[ENF_HEARING_REQUEST_WINDOW] the party has 5 working days from notice; the window leaves the list when it has passed', () => {
    const record = enforcementCase({ stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-28' }, decision: undefined, publicity: undefined });
    // 09-29, 09-30, (holiday 10-01…07), 10-08, 10-09, 10-10 (Sat make-up) → 2026-10-10
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-09-29'), 'ENF_HEARING_REQUEST_WINDOW')).toMatchObject({ dueOn: '2026-10-10', state: 'open' });
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-10-12'), 'ENF_HEARING_REQUEST_WINDOW')).toBeUndefined();
    const requested = enforcementCase({ stages: { filedOn: '2026-09-01', notifiedOn: '2026-09-28', hearingRequestedOn: '2026-09-30' }, decision: undefined, publicity: undefined });
    expect(find(deadlinesOf('enforcementCase', requested, calendar, '2026-10-12'), 'ENF_HEARING_REQUEST_WINDOW')?.state).toBe('met');
  });

  it('[ENF_PRESERVATION_DUE] art. 56, 85: evidence registered on 2026-09-28 is handled within 7 working days, National Day skipped', () => {
    const record = enforcementCase({ evidencePreservation: { registeredOn: '2026-09-28', items: '焚烧工具一套' } });
    // 09-29, 09-30, (holiday 10-01…07), 10-08, 10-09, 10-10 (Sat make-up), 10-12, 10-13
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-10-09'), 'ENF_PRESERVATION_DUE')).toMatchObject({ dueOn: '2026-10-13', state: 'open' });
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-10-14'), 'ENF_PRESERVATION_DUE')?.state).toBe('overdue');
    const handled = enforcementCase({ evidencePreservation: { registeredOn: '2026-09-28', handledOn: '2026-10-09' } });
    expect(find(deadlinesOf('enforcementCase', handled, calendar, '2026-10-14'), 'ENF_PRESERVATION_DUE')?.state).toBe('met');
  });

  it('[ENF_PUBLICITY_WITHDRAWAL_DUE] art. 48(2), 85: a published decision revoked on Thursday 2026-11-05 is withdrawn by Tuesday 11-10', () => {
    const publicity = { publishedOn: '2026-10-15', channel: '公示栏', changedOn: '2026-11-05', changeKind: 'revoked' as const };
    expect(find(deadlinesOf('enforcementCase', enforcementCase({ publicity }), calendar, '2026-11-06'), 'ENF_PUBLICITY_WITHDRAWAL_DUE'))
      .toMatchObject({ dueOn: '2026-11-10', state: 'open' });
    expect(find(deadlinesOf('enforcementCase', enforcementCase(), calendar, '2026-11-06'), 'ENF_PUBLICITY_WITHDRAWAL_DUE')).toBeUndefined();
  });

  it('[ENF_PAYMENT_DUE] a fine is paid within 15 days of service', () => {
    const deadline = find(deadlinesOf('enforcementCase', enforcementCase(), calendar, '2026-10-20'), 'ENF_PAYMENT_DUE');
    expect(deadline).toMatchObject({ dueOn: '2026-10-26', state: 'open' });
  });

  it('[ENF_LATE_PAYMENT_SURCHARGE] an unpaid fine past its due date shows the 加处罚款 owed so far (art. 72)', () => {
    const fine = enforcementCase().decision?.fineAmount ?? 0;
    // Due 2026-10-26; on 11-05 it is 10 days late: fine × 3 % × 10.
    const late = find(deadlinesOf('enforcementCase', enforcementCase(), calendar, '2026-11-05'), 'ENF_PAYMENT_DUE');
    expect(late?.state).toBe('overdue');
    expect(late?.label).toContain('已逾期10日');
    expect(late?.label).toContain(`至今${(fine * 0.03 * 10).toFixed(0)}元`);
    const paid = enforcementCase({ stages: { ...enforcementCase().stages, executedOn: '2026-10-25' } });
    expect(find(deadlinesOf('enforcementCase', paid, calendar, '2026-11-05'), 'ENF_PAYMENT_DUE')?.label).not.toContain('逾期1');
  });

  it('[ENF_LICENCE_DECISION_DUE] a licence is decided within 20 working days', () => {
    const record = enforcementCase({ category: 'licence', stages: { filedOn: '2026-09-30' }, decision: undefined, publicity: undefined });
    expect(find(deadlinesOf('enforcementCase', record, calendar, '2026-10-01'), 'ENF_LICENCE_DECISION_DUE')?.dueOn).toBe('2026-11-03');
  });

  it('[MED_COMPLETION_DUE] mediation completed within a month of receipt', () => {
    const open = mediationCase({ status: 'mediating', agreement: undefined, closedOn: undefined });
    expect(find(deadlinesOf('mediationCase', open, calendar, '2026-11-10'), 'MED_COMPLETION_DUE')).toMatchObject({ dueOn: '2026-11-12', state: 'dueSoon' });
    expect(find(deadlinesOf('mediationCase', mediationCase(), calendar, '2026-11-30'), 'MED_COMPLETION_DUE')?.state).toBe('met');
  });

  it('[MED_JUDICIAL_CONFIRMATION_WINDOW] 30 days from the signed agreement, shown while it runs', () => {
    const deadlines = deadlinesOf('mediationCase', mediationCase(), calendar, '2026-11-13');
    expect(find(deadlines, 'MED_JUDICIAL_CONFIRMATION_WINDOW')).toMatchObject({ dueOn: '2026-11-16', state: 'dueSoon', basis: '人民调解法第三十三条' });
    expect(find(deadlinesOf('mediationCase', mediationCase(), calendar, '2026-11-17'), 'MED_JUDICIAL_CONFIRMATION_WINDOW')).toBeUndefined();
  });

  it('[MED_RETURN_VISIT_DUE] after the 履行期限 a return visit is due within 7 days (county practice; 人民调解法 art. 31)', () => {
    // Deadline Sun 2026-11-15; day 7 is Sun 2026-11-22, so the reminder runs to Monday 2026-11-23.
    const unvisited = mediationCase({ returnVisits: [] });
    expect(find(deadlinesOf('mediationCase', unvisited, calendar, '2026-11-15'), 'MED_RETURN_VISIT_DUE')).toBeUndefined();
    expect(find(deadlinesOf('mediationCase', unvisited, calendar, '2026-11-16'), 'MED_RETURN_VISIT_DUE')).toMatchObject({ dueOn: '2026-11-23', state: 'open' });
    expect(find(deadlinesOf('mediationCase', unvisited, calendar, '2026-11-24'), 'MED_RETURN_VISIT_DUE')?.state).toBe('overdue');
    const visitedBefore = mediationCase({ returnVisits: [{ date: '2026-11-01', visitor: '张调解', note: '施工中' }] });
    expect(find(deadlinesOf('mediationCase', visitedBefore, calendar, '2026-11-24'), 'MED_RETURN_VISIT_DUE')?.state).toBe('overdue');
    expect(find(deadlinesOf('mediationCase', mediationCase(), calendar, '2026-11-24'), 'MED_RETURN_VISIT_DUE')?.state).toBe('met');
  });

  it('[OFFICER_CERT_EXPIRY] a certificate expiring within 30 days is listed', () => {
    const expiring: Officer = officer('o9', '吴十', { certificateExpiresOn: '2026-12-20' });
    expect(deadlinesOf('officer', expiring, calendar, '2026-11-10')).toEqual([]);
    expect(deadlinesOf('officer', expiring, calendar, '2026-11-25')[0]).toMatchObject({ code: 'OFFICER_CERT_EXPIRY', state: 'dueSoon', dueOn: '2026-12-20' });
    expect(deadlinesOf('officer', expiring, calendar, '2026-12-21')[0]?.state).toBe('overdue');
    expect(deadlinesOf('officer', { ...expiring, status: 'left' }, calendar, '2026-12-21')).toEqual([]);
  });

  it('[DEADLINE_TRASHED] records in the recycle bin and kinds without clocks have none', () => {
    expect(deadlinesOf('enforcementCase', enforcementCase({ trashed: true, publicity: undefined }), calendar, '2026-10-12')).toEqual([]);
    const review = { ...base, caseNumber: 'x', totalScore: 90, grade: 'excellent' as const, ...caseReviewDraft() };
    expect(deadlinesOf('caseReview', review, calendar, '2026-10-12')).toEqual([]);
  });

  it('[CAL_DUE_ESTIMATED] a clock ending in a year the county has not entered is 预估, and moves once the year arrives', () => {
    // Received 2026-12-01: one month runs to Friday 2027-01-01, a working day for Mon–Fri.
    const open = mediationCase({ receivedOn: '2026-12-01', status: 'mediating', agreement: undefined, closedOn: undefined, sessions: [] });
    const before = find(deadlinesOf('mediationCase', open, calendar, '2026-12-05'), 'MED_COMPLETION_DUE');
    expect(before).toMatchObject({ dueOn: '2027-01-01', estimated: true });
    const entered = calendarYearFromInput({ year: 2027, holidaysText: '2027-01-01', workdaysText: '' });
    if (!entered.ok) throw new Error('2027 refused');
    const withYear = calendarFromYears([...defaultCalendarYears([2024, 2025, 2026]), entered.calendarYear]);
    const after = find(deadlinesOf('mediationCase', open, withYear, '2026-12-05'), 'MED_COMPLETION_DUE');
    expect(after?.dueOn).toBe('2027-01-04');
    expect(after?.estimated).toBeUndefined();
    // A clock already met, or one in a year entered, is never 预估.
    expect(deadlinesOf('enforcementCase', enforcementCase(), calendar, '2026-10-16').some((deadline) => deadline.estimated)).toBe(false);
  });
});

