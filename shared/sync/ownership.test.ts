import { describe, expect, it } from 'vitest';
import { localOnlyCollections } from '../domain/schemas';
import { isSyncedCollection, syncedCollections } from './ownership';

describe('which collections sync', () => {
  it('leaves the search-token index on each device: it is derived there and carries no township', () => {
    expect(localOnlyCollections).toContain('searchToken');
    expect(syncedCollections).not.toContain('searchToken');
    expect(isSyncedCollection('searchToken')).toBe(false);
  });

  it('syncs every ledger, the reference data and the change history', () => {
    for (const name of ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview', 'referenceData', 'recordHistory']) {
      expect(isSyncedCollection(name)).toBe(true);
    }
    expect(isSyncedCollection('__proto__')).toBe(false);
  });
});
