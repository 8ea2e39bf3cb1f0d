// Who owns which collection (docs/design.md §5): the county writes reference data and case reviews,
// townships write their own ledgers. The server enforces this on every document; the app uses
// it to know what it will be allowed to push.
import { collectionSchemas, localOnlyCollections, type CollectionName } from '../domain/schemas';
import type { DeviceRole } from './messages';

/** Every collection but the local-only ones (none at present; the search words are no collection: decision 045). */
export const syncedCollections = (Object.keys(collectionSchemas) as CollectionName[]).filter((name) => !localOnlyCollections.includes(name));

export const isSyncedCollection = (name: string): name is CollectionName => (syncedCollections as readonly string[]).includes(name);

/** Collections the county writes and townships only read. */
export const countyOwnedCollections: readonly CollectionName[] = ['referenceData', 'caseReview'];

/** Collections every device reads whatever its township (no townshipId on the documents). */
export const countyWideCollections: readonly CollectionName[] = ['referenceData'];

/**
 * The collection that owns a document: itself, except a 修改记录 entry and a 同步冲突 entry, which
 * belong to the kind of record they describe (a county reviewer's history of a case review is the
 * county's; a collision on a township's mediation case is that township's to resolve).
 */
export function owningCollection(collection: CollectionName, doc: Record<string, unknown>): string {
  if (collection === 'recordHistory' && typeof doc.recordKind === 'string') return doc.recordKind;
  if (collection === 'syncConflict' && typeof doc.kind === 'string') return doc.kind;
  return collection;
}

export const ownerRoleOf = (owning: string): DeviceRole =>
  (countyOwnedCollections as readonly string[]).includes(owning) ? 'county' : 'township';

/**
 * Whether a device of `role` sends this document at all: only what its role owns (a township's copy of the
 * county's reference data, seeded at first start, and a collision on a record of the other role stay home),
 * and not a collision entry kept from before collisions synced until the session adopts it (no township yet,
 * decision 042). What it does not send, RxDB counts as confirmed.
 */
export function mayPush(role: DeviceRole, collection: CollectionName, doc: Record<string, unknown>): boolean {
  if (collection === 'syncConflict' && doc.townshipId === '') return false;
  return ownerRoleOf(owningCollection(collection, doc)) === role;
}
