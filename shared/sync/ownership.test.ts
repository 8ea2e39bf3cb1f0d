import { describe, expect, it } from 'vitest';
import { localOnlyCollections } from '../domain/schemas';
import { isSyncedCollection, mayPush, ownerRoleOf, owningCollection, syncedCollections } from './ownership';

describe('which collections sync', () => {
  it('syncs no collection kept on one device only', () => {
    for (const name of localOnlyCollections) expect(isSyncedCollection(name)).toBe(false);
    // The search words are derived on each device and are no RxDB collection at all (decision 045).
    expect(isSyncedCollection('searchToken')).toBe(false);
    expect(syncedCollections).not.toContain('searchToken');
  });

  it('syncs every ledger, the reference data, the change history and the collisions (decision 039)', () => {
    for (const name of ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview', 'referenceData', 'recordHistory', 'syncConflict']) {
      expect(isSyncedCollection(name)).toBe(true);
    }
    expect(isSyncedCollection('__proto__')).toBe(false);
  });
});

describe('[C12] who owns a collision entry', () => {
  it('the owner of the record it is about: a township case is the township\'s to resolve, a case review the county\'s', () => {
    expect(ownerRoleOf(owningCollection('syncConflict', { kind: 'mediationCase' }))).toBe('township');
    expect(ownerRoleOf(owningCollection('syncConflict', { kind: 'officer' }))).toBe('township');
    expect(ownerRoleOf(owningCollection('syncConflict', { kind: 'caseReview' }))).toBe('county');
  });

  it('[C9][C12] a device sends only what its role owns, and no collision entry before it is adopted', () => {
    expect(mayPush('township', 'mediationCase', { townshipId: 'suibin' })).toBe(true);
    expect(mayPush('township', 'referenceData', {})).toBe(false);
    expect(mayPush('county', 'referenceData', {})).toBe(true);
    expect(mayPush('township', 'syncConflict', { kind: 'mediationCase', townshipId: 'suibin' })).toBe(true);
    expect(mayPush('township', 'syncConflict', { kind: 'mediationCase', townshipId: '' })).toBe(false);
    expect(mayPush('county', 'syncConflict', { kind: 'mediationCase', townshipId: 'suibin' })).toBe(false);
    expect(mayPush('county', 'syncConflict', { kind: 'caseReview', townshipId: 'suibin' })).toBe(true);
  });
});
