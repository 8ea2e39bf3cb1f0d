// The three-way merge that decides what a device pushes after the server refused its write
// because someone else changed the record first (rxdb-17 note, trap 1: RxDB's default drops the
// device's edit). Per top-level field against the state both sides last shared:
//   only one side changed → take it; both made the same change → take it;
//   both changed it differently → a collision: the merged record carries the SERVER value (so
//   every device converges on one state) and the collision is handed back for an official to decide.
// Bookkeeping fields are never collisions: `updatedAt` takes the later time and `updatedBy` goes
// with it; derived fields (search text, list key, hashes, stage, score) are recomputed from the
// merged fields by `derive`, so the result is schema-valid and consistent.
import type { StoreManagedField } from '../domain/draft';
import { mergeAttachmentRefs, type AttachmentRef } from '../files/refs';
import { sameValue } from './content-equal';

export type MergeDocument = Record<string, unknown>;

/** One field both sides changed differently since the state they shared. */
export interface FieldCollision {
  field: string;
  /** The device's value (undefined when the device removed it). */
  local: unknown;
  /** The server's value, which the merged document carries. */
  server: unknown;
}

export interface MergeInput {
  /** RxDB's assumedMasterState: what the device believed the server had; absent for a first push. */
  base?: MergeDocument;
  /** RxDB's newDocumentState: the device's version. */
  local: MergeDocument;
  /** RxDB's realMasterState: the server's version. */
  server: MergeDocument;
}

export interface MergeOptions {
  /** Recomputes the derived fields of a merged document (identity for collections without any). */
  derive?: (merged: MergeDocument) => MergeDocument;
}

export interface MergeResult {
  merged: MergeDocument;
  collisions: FieldCollision[];
}

/** Fields the store computes from the others on every save; recomputed after a merge, never compared. */
export const derivedFields = [
  'newestFirstKey', 'searchText', 'partyIdHashes', 'idNumberHash', 'stage', 'totalScore', 'grade',
] as const satisfies readonly StoreManagedField[];

/** RxDB's bookkeeping: not content, never part of the merged document (RxDB sets them for the fork). */
const rxdbLocalFields = new Set(['_rev', '_meta', '_attachments']);
const derived = new Set<string>(derivedFields);
const UPDATED_AT = 'updatedAt';
const UPDATED_BY = 'updatedBy';

/**
 * Fields that are sets rather than values: both sides' changes combine, so two devices adding
 * scans to one case offline keep both (decision 009) instead of colliding.
 */
const setMergers: Record<string, (base: unknown, local: unknown, server: unknown) => unknown> = {
  attachments: (base, local, server) => mergeAttachmentRefs(refsOf(base), refsOf(local), refsOf(server)),
};

function refsOf(value: unknown): AttachmentRef[] {
  return Array.isArray(value) ? (value as AttachmentRef[]) : [];
}

const later = (a: unknown, b: unknown): 'local' | 'server' => {
  // ISO 8601 UTC strings order as text; a missing side loses. A tie keeps the server's, like a collision.
  if (typeof a !== 'string') return 'server';
  if (typeof b !== 'string') return 'local';
  return a > b ? 'local' : 'server';
};

function setField(target: MergeDocument, field: string, value: unknown): void {
  if (value === undefined) delete target[field];
  else target[field] = value;
}

export function mergeDocuments({ base, local, server }: MergeInput, options: MergeOptions = {}): MergeResult {
  const merged: MergeDocument = {};
  const collisions: FieldCollision[] = [];
  const fields = new Set([...Object.keys(base ?? {}), ...Object.keys(local), ...Object.keys(server)]);

  for (const field of fields) {
    if (rxdbLocalFields.has(field) || field === UPDATED_AT || field === UPDATED_BY) continue;
    const mine = local[field];
    const theirs = server[field];
    if (derived.has(field)) {
      // Placeholder until derive recomputes it; the server's keeps the shape valid without a deriver.
      setField(merged, field, theirs ?? mine);
      continue;
    }
    if (sameValue(mine, theirs)) {
      setField(merged, field, mine);
      continue;
    }
    const localChanged = base === undefined || !sameValue(mine, base[field]);
    const serverChanged = base === undefined || !sameValue(theirs, base[field]);
    const mergeSet = setMergers[field];
    if (mergeSet && localChanged && serverChanged) {
      setField(merged, field, mergeSet(base?.[field], mine, theirs));
    } else if (localChanged && !serverChanged) {
      setField(merged, field, mine);
    } else if (!localChanged) {
      setField(merged, field, theirs);
    } else {
      setField(merged, field, theirs);
      collisions.push({ field, local: mine, server: theirs });
    }
  }

  const newer = later(local[UPDATED_AT], server[UPDATED_AT]) === 'local' ? local : server;
  setField(merged, UPDATED_AT, newer[UPDATED_AT]);
  setField(merged, UPDATED_BY, newer[UPDATED_BY]);

  return { merged: options.derive ? options.derive(merged) : merged, collisions };
}
