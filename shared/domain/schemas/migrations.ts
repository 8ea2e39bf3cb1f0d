// How a device's stored documents follow a schema's version (RxDB `migrationStrategies`): per
// collection, per new version, a function from the previous version's document. A version that
// only adds optional fields (decision 015) keeps documents as they are. Every collection whose
// schema `version` is above 0 must have one entry per version; a test checks it.
import type { CollectionName } from './index';

export type DocumentMigration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** New optional fields only: the stored document is already valid under the new version. */
export const keepAsIs: DocumentMigration = (doc) => doc;

export const schemaMigrations: Partial<Record<CollectionName, Readonly<Record<number, DocumentMigration>>>> = {
  // 2: decision.place (decision 030).
  enforcementCase: { 1: keepAsIs, 2: keepAsIs },
  // 1: the originals, the rights notice, escalation, the 卷宗 and legal representatives (decision 017).
  mediationCase: { 1: keepAsIs },
  // 1: the kind 普法活动 with its audience and people reached (decision 037).
  studySession: { 1: keepAsIs },
  // 1: synced, with the record's township and the PC that found it (decision 039). An entry kept
  // from version 0 is this PC's own; the sync session fills both in (adoptEarlierConflicts) and
  // pushes nothing of it before.
  syncConflict: { 1: (doc) => ({ ...doc, townshipId: '', foundOn: { deviceId: '', deviceName: '' } }) },
};
