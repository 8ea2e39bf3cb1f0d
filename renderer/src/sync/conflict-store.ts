// The syncConflict collection: collisions kept for an official (冲突处理), one open entry per
// record and PC that found it (a later collision there joins it), values as JSON text in an
// encrypted field. Synced: every PC of the township and the county see it (decision 039).
import { v7 as uuidv7 } from 'uuid';
import type { LedgerKind, SyncConflictDoc } from '#shared/domain/schemas/index';
import type { FieldCollision, MergeDocument } from '#shared/sync/merge';
import type { TaizhangDatabase } from '../store/database';
import type { ConflictField, SyncConflict } from './contract';

type StoredField = SyncConflictDoc['fields'][number];

const toJson = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));
const fromJson = (text: string | undefined): unknown => (text === undefined ? undefined : JSON.parse(text));

const storedField = (collision: FieldCollision): StoredField => {
  const field: StoredField = { field: collision.field };
  const local = toJson(collision.local);
  const server = toJson(collision.server);
  if (local !== undefined) field.local = local;
  if (server !== undefined) field.server = server;
  return field;
};

/** What the conflicts list calls the record: its case number, name, topic or matter. */
export function recordTitle(record: MergeDocument): string {
  const parties = record.parties as { name?: string }[] | undefined;
  const party = record.party as { name?: string } | undefined;
  const candidates = [record.caseNumber, record.name, record.topic, record.matter, parties?.[0]?.name, party?.name, record.id];
  const title = candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? '';
  return title.slice(0, 200);
}

/** The PC whose push lost, as the entry names it. */
export type FoundOn = SyncConflictDoc['foundOn'];

export const toSyncConflict = (doc: SyncConflictDoc): SyncConflict => ({
  id: doc.id,
  kind: doc.kind,
  recordId: doc.recordId,
  foundOn: { ...doc.foundOn },
  title: doc.title,
  detectedAt: doc.detectedAt,
  fields: doc.fields.map((field): ConflictField => ({ field: field.field, local: fromJson(field.local), server: fromJson(field.server) })),
});

/** The record's open entry found on this PC (another PC's entry on the same record is its own). */
export async function openConflictOf(db: TaizhangDatabase, recordId: string, deviceId: string) {
  const open = await db.syncConflict.find({ selector: { recordId, status: 'open' } }).exec();
  return open.find((doc) => doc.foundOn.deviceId === deviceId);
}

/** Keeps the collisions of a merge: joins this PC's open entry on the record (newer values replace a field's older ones) or opens one. */
export async function recordCollisions(db: TaizhangDatabase, kind: LedgerKind, merged: MergeDocument, collisions: FieldCollision[], now: string, foundOn: FoundOn): Promise<void> {
  const recordId = String(merged.id);
  const fresh = collisions.map(storedField);
  const open = await openConflictOf(db, recordId, foundOn.deviceId);
  if (open) {
    await open.incrementalModify((doc) => {
      const named = new Set(fresh.map((field) => field.field));
      return { ...doc, title: recordTitle(merged), fields: [...doc.fields.filter((field) => !named.has(field.field)), ...fresh] };
    });
    return;
  }
  const townshipId = typeof merged.townshipId === 'string' ? merged.townshipId : '';
  await db.syncConflict.insert({ id: uuidv7(), kind, recordId, townshipId, foundOn: { ...foundOn }, title: recordTitle(merged), status: 'open', detectedAt: now, fields: fresh });
}

/**
 * Entries kept from before collisions synced (schema version 0) are this PC's own: they get the
 * record's township and this PC's name, and only then are pushed (collection-replication skips an
 * entry without a township).
 */
export async function adoptEarlierConflicts(db: TaizhangDatabase, foundOn: FoundOn, fallbackTownship: string | null): Promise<number> {
  // A store still at version 0 (a test's previous release) has nothing to adopt into.
  if (!('townshipId' in db.syncConflict.schema.jsonSchema.properties)) return 0;
  const earlier = await db.syncConflict.find({ selector: { townshipId: '' } }).exec();
  for (const doc of earlier) {
    const record = await (db[doc.kind] as unknown as TaizhangDatabase['mediationCase']).findOne(doc.recordId).exec();
    const townshipId = record?.townshipId ?? fallbackTownship ?? '';
    if (townshipId === '') continue;
    await doc.incrementalPatch({ townshipId, foundOn: { ...foundOn } });
  }
  return earlier.length;
}

export async function listOpenConflicts(db: TaizhangDatabase): Promise<SyncConflict[]> {
  const docs = await db.syncConflict.find({ selector: { status: 'open' }, sort: [{ status: 'asc' }, { detectedAt: 'asc' }] }).exec();
  return docs.map((doc) => toSyncConflict(doc.toMutableJSON()));
}

export async function countOpenConflicts(db: TaizhangDatabase): Promise<number> {
  return db.syncConflict.count({ selector: { status: 'open' } }).exec();
}

/** Record ids among `ids` with an open conflict. */
export async function conflictedRecordIds(db: TaizhangDatabase, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const docs = await db.syncConflict.find({ selector: { recordId: { $in: [...ids] }, status: 'open' } }).exec();
  return new Set(docs.map((doc) => doc.recordId));
}
