import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, enforcementDraft, only } from './test-fixtures';

const check = (overrides: Parameters<typeof enforcementDraft>[0]) => validateRecord('enforcementCase', enforcementDraft(overrides), context());

describe('officers on an enforcement case (持证上岗)', () => {
  it('[OFFICER_CERT_EXPIRED] names the officer, the expiry and the action dates after it', () => {
    // 王五's certificate expires 2026-09-15; the case was investigated 09-03 (fine) and decided 09-30.
    const issues = only(check({ officerIds: ['o1', 'o2'] }), 'OFFICER_CERT_EXPIRED');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'officerIds.0', severity: 'error' });
    expect(issues[0]?.message).toContain('王五');
    expect(issues[0]?.message).toContain('2026-09-15');
    expect(issues[0]?.message).toContain('2026-09-30的决定');
    expect(issues[0]?.message).not.toContain('2026-09-03');
  });

  it('[OFFICER_CERT_EXPIRED] a certificate valid on every action date passes, the expiry day included', () => {
    const stages = { filedOn: '2026-09-01', investigatedOn: '2026-09-15' };
    expect(codesOf(check({ officerIds: ['o1', 'o2'], stages, decision: undefined, publicity: undefined }))).toEqual([]);
  });

  it('[OFFICER_CERT_NOT_YET_VALID] a certificate issued after an action date is refused', () => {
    const issues = only(check({ officerIds: ['o5', 'o2'] }), 'OFFICER_CERT_NOT_YET_VALID');
    expect(issues[0]).toMatchObject({ field: 'officerIds.0', severity: 'error' });
    expect(issues[0]?.message).toContain('2026-09-01的立案');
  });

  it('[OFFICER_NOT_ACTIVE] an officer not in post is refused on an open case and warned on a closed one', () => {
    const open = only(check({ officerIds: ['o2', 'o4'] }), 'OFFICER_NOT_ACTIVE');
    expect(open[0]).toMatchObject({ field: 'officerIds.1', severity: 'error' });
    expect(open[0]?.message).toContain('孙七');
    const closedStages = { ...enforcementDraft().stages, closedOn: '2026-10-20' };
    expect(only(check({ officerIds: ['o2', 'o4'], stages: closedStages }), 'OFFICER_NOT_ACTIVE')[0]?.severity).toBe('warning');
  });

  it('[OFFICER_UNKNOWN] an officer id not in the register is refused', () => {
    expect(only(check({ officerIds: ['o2', 'ghost'] }), 'OFFICER_UNKNOWN')[0]).toMatchObject({ field: 'officerIds.1', severity: 'error' });
  });

  it('[ENF_OFFICER_DUPLICATE] the same officer twice is flagged', () => {
    expect(codesOf(check({ officerIds: ['o2', 'o3', 'o2'] }))).toEqual(['ENF_OFFICER_DUPLICATE']);
  });
});
