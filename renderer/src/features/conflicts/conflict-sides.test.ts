// [C12] A collision seen on another PC names the PC that found it; only the record's owner may choose.
import { describe, expect, it } from 'vitest';
import { conflictSides } from './conflict-sides';

const foundOnA = { deviceId: 'dev-a', deviceName: '忠仁镇司法所-1' };

describe('[C12] the two sides of a collision as this PC shows them', () => {
  it('本机 on the PC that found it, the finder by name on every other PC', () => {
    expect(conflictSides({ kind: 'mediationCase', foundOn: foundOnA }, { deviceId: 'dev-a', role: 'township' })).toEqual({ local: '本机', server: '服务器', mayResolve: true });
    expect(conflictSides({ kind: 'mediationCase', foundOn: foundOnA }, { deviceId: 'dev-b', role: 'township' })).toEqual({ local: '另一台电脑“忠仁镇司法所-1”', server: '服务器', mayResolve: true });
  });

  it('the county sees a township record\'s collision but may not choose; a case review\'s is the county\'s', () => {
    expect(conflictSides({ kind: 'mediationCase', foundOn: foundOnA }, { deviceId: 'county-1', role: 'county' }).mayResolve).toBe(false);
    expect(conflictSides({ kind: 'caseReview', foundOn: foundOnA }, { deviceId: 'county-1', role: 'county' }).mayResolve).toBe(true);
    expect(conflictSides({ kind: 'caseReview', foundOn: foundOnA }, { deviceId: 'dev-b', role: 'township' }).mayResolve).toBe(false);
  });

  it('an entry kept from before collisions synced is this PC\'s own', () => {
    expect(conflictSides({ kind: 'officer', foundOn: { deviceId: '', deviceName: '' } }, { deviceId: 'dev-b', role: 'township' }).local).toBe('本机');
  });
});
