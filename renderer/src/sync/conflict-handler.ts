// RxDB's conflict handler for one collection (rxdb-17 note, trap 1): content equality for the hot
// path, and on a refused push the field-by-field merge of shared/sync/merge.ts, with its
// collisions handed to `onCollisions` (kept in syncConflict for an official) before RxDB writes
// the merged record and pushes it again.
import type { RxConflictHandler } from 'rxdb';
import { ledgerKinds, type CollectionName, type LedgerKind, type LedgerRecordByKind } from '#shared/domain/schemas/index';
import { sameContent } from '#shared/sync/content-equal';
import { mergeDocuments, type FieldCollision, type MergeDocument } from '#shared/sync/merge';
import { mergeBaseOf } from '#shared/sync/unanswered-pushes';

export type RecordDeriver = <K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]) => LedgerRecordByKind[K];

export interface CollisionReport {
  kind: LedgerKind;
  merged: MergeDocument;
  collisions: FieldCollision[];
}

export const isLedgerKind = (name: string): name is LedgerKind => (ledgerKinds as readonly string[]).includes(name);

export function createConflictHandler(
  name: CollectionName,
  deps: {
    derive: RecordDeriver;
    onCollisions(report: CollisionReport): Promise<void>;
    /** [C10] Whether the server's state is this device's own push whose answer was lost. */
    isOwnUnanswered(serverState: MergeDocument): Promise<boolean>;
    /** [C10, S53] The state the server says this device last wrote to the record, when still kept here. */
    ownLastWrite?(id: string): Promise<MergeDocument | undefined>;
    /** [C11] RxDB's assumed state, or the server's real one when RxDB assumed a set-aside state. */
    assumedBase?(assumed: MergeDocument | undefined): Promise<MergeDocument | undefined>;
  },
): RxConflictHandler<MergeDocument> {
  const kind = isLedgerKind(name) ? name : undefined;
  const derive = kind ? (doc: MergeDocument) => deps.derive(kind, doc as never) as unknown as MergeDocument : undefined;
  return {
    isEqual: (a, b) => sameContent(a, b),
    async resolve(input) {
      const own = await deps.isOwnUnanswered(input.realMasterState);
      const id = input.realMasterState.id;
      const ownLastWrite = typeof id === 'string' ? await deps.ownLastWrite?.(id) : undefined;
      const assumed = deps.assumedBase ? await deps.assumedBase(input.assumedMasterState) : input.assumedMasterState;
      const { merged, collisions } = mergeDocuments(
        { base: mergeBaseOf({ assumedMasterState: assumed, realMasterState: input.realMasterState }, own, ownLastWrite), local: input.newDocumentState, server: input.realMasterState },
        { derive },
      );
      // Reference data is the county's and edited only there: its collisions keep the server's
      // value without an entry (SyncConflict speaks of ledger records only).
      if (kind && collisions.length > 0) await deps.onCollisions({ kind, merged, collisions });
      return merged as typeof input.realMasterState;
    },
  };
}
