import { describe, expect, it } from 'vitest';
import { keyRangeForDates, newestFirstKey } from './newest-first-key';

const mediation = (id: string, receivedOn: string) => newestFirstKey('mediationCase', { id, receivedOn });
const inRange = (key: string, range: { $gte?: string; $lte?: string }) =>
  (range.$gte === undefined || key >= range.$gte) && (range.$lte === undefined || key <= range.$lte);

describe('newestFirstKey', () => {
  it('sorts a later received date before an earlier one when ordered ascending', () => {
    const keys = [
      mediation('0190a000-0000-7000-8000-000000000001', '2025-12-31'),
      mediation('0190a000-0000-7000-8000-000000000002', '2026-03-01'),
      mediation('0190a000-0000-7000-8000-000000000003', '2026-01-15'),
    ];
    expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0]]);
  });

  it('puts the record created later first within the same day (UUIDv7 order inverted)', () => {
    const earlier = mediation('0190a000-0000-7000-8000-00000000000a', '2026-03-01');
    const later = mediation('0190a000-0000-7000-8000-00000000000b', '2026-03-01');
    expect(later < earlier).toBe(true);
  });

  it('has a fixed-width date part, so ids of any length never change the date order', () => {
    const short = mediation('f', '2026-03-02');
    const long = mediation('0000000000000000000000000000', '2026-03-01');
    expect(short < long).toBe(true);
  });

  it('lists officers by the certificate that expires soonest first', () => {
    const soon = newestFirstKey('officer', { id: 'b', certificateExpiresOn: '2026-05-01' });
    const late = newestFirstKey('officer', { id: 'a', certificateExpiresOn: '2029-05-01' });
    expect(soon < late).toBe(true);
  });

  it('reads the enforcement list date from the filing stage (立案日期)', () => {
    const key = newestFirstKey('enforcementCase', { id: 'x', stages: { filedOn: '2026-04-01' } });
    expect(key).toBe(mediation('x', '2026-04-01'));
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => mediation('x', '2026/04/01')).toThrow(/LIST_DATE_INVALID/);
  });
});

describe('keyRangeForDates', () => {
  const dates = ['2025-12-31', '2026-01-01', '2026-06-15', '2026-12-31', '2027-01-01'];
  const keyed = dates.map((date, i) => ({ date, key: mediation(`0190a000-0000-7000-8000-00000000000${i}`, date) }));

  it('keeps exactly the records of an inclusive date range', () => {
    const range = keyRangeForDates('mediationCase', '2026-01-01', '2026-12-31');
    expect(keyed.filter(({ key }) => inRange(key, range)).map(({ date }) => date)).toEqual(['2026-01-01', '2026-06-15', '2026-12-31']);
  });

  it('accepts an open start or end', () => {
    const fromOnly = keyRangeForDates('mediationCase', '2026-06-15');
    expect(keyed.filter(({ key }) => inRange(key, fromOnly)).map(({ date }) => date)).toEqual(['2026-06-15', '2026-12-31', '2027-01-01']);
    const toOnly = keyRangeForDates('mediationCase', undefined, '2026-01-01');
    expect(keyed.filter(({ key }) => inRange(key, toOnly)).map(({ date }) => date)).toEqual(['2025-12-31', '2026-01-01']);
  });

  it('treats a reversed range as the same range', () => {
    expect(keyRangeForDates('mediationCase', '2026-12-31', '2026-01-01')).toEqual(keyRangeForDates('mediationCase', '2026-01-01', '2026-12-31'));
  });

  it('works in the officer direction too', () => {
    const range = keyRangeForDates('officer', '2026-01-01', '2026-12-31');
    const key = (date: string) => newestFirstKey('officer', { id: 'z', certificateExpiresOn: date });
    expect([key('2025-12-31'), key('2026-01-01'), key('2026-12-31'), key('2027-01-01')].map((k) => inRange(k, range))).toEqual([false, true, true, false]);
  });
});
