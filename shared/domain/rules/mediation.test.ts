import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, mediationDraft, only } from './test-fixtures';

const check = (overrides: Parameters<typeof mediationDraft>[0]) => validateRecord('mediationCase', mediationDraft(overrides), context());

describe('mediation case rules', () => {
  it('a complete successful case has no issues', () => {
    expect(check({})).toEqual([]);
  });

  it('[MED_APPLICANT_MISSING] [MED_RESPONDENT_MISSING] needs one applicant and one respondent', () => {
    const issues = check({ parties: [{ partyId: 'p1', role: 'third', kind: 'person', name: '刘一' }] });
    expect(only(issues, 'MED_APPLICANT_MISSING')[0]).toMatchObject({ field: 'parties', severity: 'error' });
    expect(only(issues, 'MED_RESPONDENT_MISSING')[0]).toMatchObject({ field: 'parties', severity: 'error' });
  });

  it('[MED_MEDIATOR_MISSING] needs at least one mediator', () => {
    expect(only(check({ mediators: [] }), 'MED_MEDIATOR_MISSING')[0]).toMatchObject({ field: 'mediators', severity: 'error' });
    expect(codesOf(check({ mediators: ['  '] }))).toContain('MED_MEDIATOR_MISSING');
  });

  it('[MED_AGREEMENT_MISSING] 调解成功 needs an agreement', () => {
    const issues = check({ agreement: undefined });
    expect(only(issues, 'MED_AGREEMENT_MISSING')[0]).toMatchObject({ field: 'agreement', severity: 'error' });
  });

  it('[MED_AGREEMENT_INCOMPLETE] one issue per missing art. 29 item, each naming it', () => {
    const issues = only(check({ agreement: { form: 'written' } }), 'MED_AGREEMENT_INCOMPLETE');
    expect(issues.map((issue) => issue.field)).toEqual([
      'agreement.facts', 'agreement.terms', 'agreement.performanceMethod', 'agreement.performanceDeadline', 'agreement.signedOn',
    ]);
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
    expect(issues[2]?.message).toContain('履行方式');
    expect(issues[3]?.message).toContain('履行期限');
    expect(issues[0]?.message).toContain('各方当事人的责任');
  });

  it('[MED_AGREEMENT_INCOMPLETE] a draft agreement on an open case only warns', () => {
    const issues = only(check({ status: 'mediating', closedOn: undefined, agreement: { form: 'written', terms: '赔偿500元' } }), 'MED_AGREEMENT_INCOMPLETE');
    expect(issues).toHaveLength(4);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it('[MED_ORAL_AGREEMENT_UNRECORDED] an oral agreement must have its content recorded', () => {
    const issues = check({ agreement: { form: 'oral' } });
    expect(only(issues, 'MED_ORAL_AGREEMENT_UNRECORDED')[0]).toMatchObject({ field: 'agreement.terms', severity: 'error' });
    expect(codesOf(issues)).not.toContain('MED_AGREEMENT_INCOMPLETE');
    expect(check({ agreement: { form: 'oral', terms: '陈二当场道歉' } })).toEqual([]);
  });

  it('[MED_CLOSED_ON_MISSING] closed statuses need a closing date', () => {
    for (const status of ['succeeded', 'failed', 'terminated'] as const) {
      const issues = check({ status, closedOn: undefined, closingNote: '一方拒绝继续调解，已告知可向法院起诉' });
      expect(only(issues, 'MED_CLOSED_ON_MISSING')[0]).toMatchObject({ field: 'closedOn', severity: 'error' });
    }
  });

  it('[MED_CLOSED_BEFORE_RECEIVED] closing date not before receipt', () => {
    expect(only(check({ closedOn: '2026-10-01' }), 'MED_CLOSED_BEFORE_RECEIVED')[0]).toMatchObject({ field: 'closedOn' });
  });

  it('[MED_CLOSED_ON_WHILE_OPEN] a closing date on an open case is questioned', () => {
    expect(only(check({ status: 'mediating', agreement: undefined }), 'MED_CLOSED_ON_WHILE_OPEN')[0]).toMatchObject({ severity: 'warning' });
  });

  it('[MED_CLOSING_NOTE_MISSING] failed or terminated cases state why and the routes left open', () => {
    const failed = check({ status: 'failed', agreement: undefined });
    expect(only(failed, 'MED_CLOSING_NOTE_MISSING')[0]).toMatchObject({ field: 'closingNote', severity: 'error' });
    expect(codesOf(check({ status: 'terminated', agreement: undefined, closingNote: '申请人撤回申请' }))).toEqual([]);
  });

  it('[MED_SESSION_MISSING] a mediated outcome needs a session record; an open or ended case is only warned', () => {
    expect(only(check({ sessions: [] }), 'MED_SESSION_MISSING')[0]).toMatchObject({ field: 'sessions', severity: 'error' });
    const mediating = check({ sessions: [], status: 'mediating', agreement: undefined, closedOn: undefined });
    expect(only(mediating, 'MED_SESSION_MISSING')[0]?.severity).toBe('warning');
    expect(codesOf(check({ sessions: [], status: 'accepted', agreement: undefined, closedOn: undefined, archive: undefined }))).toEqual([]);
  });

  it('[MED_SESSION_BEFORE_RECEIVED] a session cannot precede receipt', () => {
    const issues = check({ sessions: [{ date: '2026-10-01', record: '调解' }] });
    expect(only(issues, 'MED_SESSION_BEFORE_RECEIVED')[0]).toMatchObject({ field: 'sessions.0.date' });
  });

  it('[MED_SIGNED_BEFORE_RECEIVED] the agreement is signed on or after receipt', () => {
    const agreement = { ...mediationDraft().agreement, form: 'written' as const, signedOn: '2026-10-11' };
    expect(only(check({ agreement }), 'MED_SIGNED_BEFORE_RECEIVED')[0]).toMatchObject({ field: 'agreement.signedOn' });
  });

  it('[MED_PERFORMANCE_DEADLINE_BEFORE_SIGNING] the performance deadline is not before signing', () => {
    const agreement = { ...mediationDraft().agreement, form: 'written' as const, performanceDeadline: '2026-10-14' };
    expect(codesOf(check({ agreement }))).toEqual(['MED_PERFORMANCE_DEADLINE_BEFORE_SIGNING']);
  });

  it('[DATE_IN_FUTURE] received, signed and closing dates cannot be after today', () => {
    const issues = check({ receivedOn: '2026-12-01' });
    expect(only(issues, 'DATE_IN_FUTURE')[0]).toMatchObject({ field: 'receivedOn', severity: 'error' });
    expect(only(issues, 'DATE_IN_FUTURE')[0]?.message).toContain('2026-11-30');
  });

  it('[MED_JUDICIAL_CONFIRMATION_LATE] applying after the 30-day window is flagged', () => {
    // Signed 2026-10-15: day 30 is Sat 2026-11-14, so the window runs to Monday 2026-11-16 (民法典 art. 203).
    expect(codesOf(check({ judicialConfirmation: { appliedOn: '2026-11-16' } }))).toEqual([]);
    const late = check({ judicialConfirmation: { appliedOn: '2026-11-17' } });
    expect(only(late, 'MED_JUDICIAL_CONFIRMATION_LATE')[0]).toMatchObject({ severity: 'warning', field: 'judicialConfirmation.appliedOn' });
  });

  it('[MED_DISPUTE_TYPE_UNKNOWN] the dispute type comes from the catalogue when the catalogue is given', () => {
    const issues = validateRecord('mediationCase', mediationDraft({ disputeType: 'feud' }), context({ disputeTypeCodes: new Set(['linli']) }));
    expect(codesOf(issues)).toEqual(['MED_DISPUTE_TYPE_UNKNOWN']);
  });

  it('[ID_NUMBER_INVALID] [PHONE_INVALID] party details are checked where they sit', () => {
    const issues = check({ personal: { parties: [{ partyId: 'p1', idNumber: '110105194912310021', phone: '12345' }] } });
    expect(only(issues, 'ID_NUMBER_INVALID')[0]).toMatchObject({ field: 'personal.parties.0.idNumber' });
    expect(only(issues, 'ID_NUMBER_INVALID')[0]?.message).toContain('刘一');
    expect(only(issues, 'PHONE_INVALID')[0]).toMatchObject({ field: 'personal.parties.0.phone' });
  });

  it('returns every problem at once', () => {
    const issues = check({ committee: '', summary: '', mediators: [], agreement: { form: 'written' }, parties: [] });
    expect(new Set(codesOf(issues))).toEqual(new Set([
      'FIELD_REQUIRED', 'MED_APPLICANT_MISSING', 'MED_RESPONDENT_MISSING', 'MED_MEDIATOR_MISSING', 'MED_AGREEMENT_INCOMPLETE',
      'MED_PERFORMANCE_PLACE_MISSING', 'MED_ORIGINALS_INCOMPLETE',
    ]));
    expect(only(issues, 'FIELD_REQUIRED').map((issue) => issue.field)).toEqual(['committee', 'summary']);
  });
});
