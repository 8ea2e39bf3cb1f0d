// Who may read and write which document (docs/design.md §5). Checked for every document of every
// request, before any write; row-level security repeats the essentials in the database.
import type { CollectionName } from '#shared/domain/schemas/index';
import type { DeviceRole, DocumentReasonCode } from '#shared/sync/index';
import { countyWideCollections, ownerRoleOf, owningCollection } from '#shared/sync/index';

export interface DeviceIdentity {
  id: string;
  name: string;
  role: DeviceRole;
  /** null for a county device. */
  townshipId: string | null;
}

/** The township a document belongs to; null for county-wide reference data. */
export function documentTownship(collection: CollectionName, doc: Record<string, unknown>): string | null {
  if ((countyWideCollections as readonly string[]).includes(collection)) return null;
  return typeof doc.townshipId === 'string' ? doc.townshipId : null;
}

export const documentOwnerRole = (collection: CollectionName, doc: Record<string, unknown>): DeviceRole =>
  ownerRoleOf(owningCollection(collection, doc));

/** Why this device may not write this document state, or undefined when it may. */
export function writeRefusal(device: DeviceIdentity, collection: CollectionName, doc: Record<string, unknown>): DocumentReasonCode | undefined {
  const owner = documentOwnerRole(collection, doc);
  if (device.role === 'county') return owner === 'county' ? undefined : 'TOWNSHIP_OWNED';
  if (owner === 'county') return 'COUNTY_OWNED';
  return documentTownship(collection, doc) === device.townshipId ? undefined : 'WRONG_TOWNSHIP';
}

/** The stored master as the write check sees it (columns beside the document). */
export interface MasterOwnership {
  township_id: string | null;
  owner_role: DeviceRole;
}

/** A device may overwrite a master only if it could have written that master itself. */
export function masterRefusal(device: DeviceIdentity, master: MasterOwnership): DocumentReasonCode | undefined {
  if (device.role === 'county') return master.owner_role === 'county' ? undefined : 'TOWNSHIP_OWNED';
  if (master.owner_role === 'county') return 'COUNTY_OWNED';
  return master.township_id === device.townshipId ? undefined : 'WRONG_TOWNSHIP';
}

export function mayRead(device: DeviceIdentity, townshipId: string | null): boolean {
  return device.role === 'county' || townshipId === null || townshipId === device.townshipId;
}
