import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './defaults';
import { defaultEnforcementThresholds, thresholdsFromReference } from './thresholds';

const settings = defaultReferenceData('2026-01-01T00:00:00.000Z').filter((entry) => entry.kind === 'setting');
const withPerson = (value: number, active = true) =>
  settings.map((entry) => (entry.code === 'legalReviewFinePerson' ? { ...entry, active, details: { ...entry.details, value } } : entry));

describe('the county\'s 法制审核 amounts (行政处罚法 art. 58)', () => {
  it('the defaults are stored as settings and read back as the default thresholds', () => {
    expect(thresholdsFromReference(settings)).toEqual(defaultEnforcementThresholds);
    expect(thresholdsFromReference([])).toEqual(defaultEnforcementThresholds);
  });

  it('a county value replaces its default; a deactivated or missing entry falls back', () => {
    expect(thresholdsFromReference(withPerson(5_000)).legalReviewFine).toEqual({ person: 5_000, organisation: 100_000 });
    expect(thresholdsFromReference(withPerson(5_000, false)).legalReviewFine.person).toBe(10_000);
    expect(thresholdsFromReference(withPerson(0)).legalReviewFine.person).toBe(10_000);
  });
});
