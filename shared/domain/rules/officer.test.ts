import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { codesOf, context, officerDraft, only } from './test-fixtures';

const check = (overrides: Parameters<typeof officerDraft>[0]) => validateRecord('officer', officerDraft(overrides), context());

describe('officer rules', () => {
  it('a complete officer has no issues', () => {
    expect(check({})).toEqual([]);
  });

  it('[OFFICER_CERT_EXPIRY_BEFORE_ISSUE] expiry comes after issue', () => {
    expect(codesOf(check({ certificateExpiresOn: '2023-06-01' }))).toEqual(['OFFICER_CERT_EXPIRY_BEFORE_ISSUE']);
  });

  it('[OFFICER_CERT_NUMBER_MISSING] the certificate number is required', () => {
    expect(only(check({ certificateNumber: '' }), 'OFFICER_CERT_NUMBER_MISSING')[0]).toMatchObject({ field: 'certificateNumber', severity: 'error' });
  });

  it('[OFFICER_CERT_NUMBER_DUPLICATE] a certificate number already held by another officer is refused, naming that officer', () => {
    // o2 (李四) holds 23040o2.
    const issue = only(check({ certificateNumber: ' 23040o2 ' }), 'OFFICER_CERT_NUMBER_DUPLICATE')[0];
    expect(issue).toMatchObject({ field: 'certificateNumber', severity: 'error' });
    expect(issue?.message).toContain('李四');
    // Editing 李四's own record keeps his number.
    const own = validateRecord('officer', officerDraft({ certificateNumber: '23040o2' }), context({ recordId: 'o2' }));
    expect(codesOf(own)).not.toContain('OFFICER_CERT_NUMBER_DUPLICATE');
  });

  it('[OFFICER_CERT_LAPSED] an active officer with an expired certificate is warned', () => {
    expect(only(check({ certificateExpiresOn: '2026-11-29' }), 'OFFICER_CERT_LAPSED')[0]?.severity).toBe('warning');
    expect(codesOf(check({ certificateExpiresOn: '2026-11-29', status: 'suspended' }))).toEqual([]);
  });

  it('[VALUE_NOT_ALLOWED] the status is one of the listed values', () => {
    expect(only(check({ status: 'retired' as never }), 'VALUE_NOT_ALLOWED')[0]).toMatchObject({ field: 'status' });
  });

  it('[ID_NUMBER_INVALID] [PHONE_INVALID] personal details are checked', () => {
    const issues = check({ personal: { idNumber: '230422199001011234', phone: '139123' } });
    expect(codesOf(issues)).toEqual(['ID_NUMBER_INVALID', 'PHONE_INVALID']);
  });
});
