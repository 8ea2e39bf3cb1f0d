// The syncConflict collection: collisions kept for an official (冲突处理), one open entry per
// record (a later collision on the same record joins it), values as JSON text in an encrypted field.
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

export const toSyncConflict = (doc: SyncConflictDoc): SyncConflict => ({
  id: doc.id,
  kind: doc.kind,
  recordId: doc.recordId,
  title: doc.title,
  detectedAt: doc.detectedAt,
  fields: doc.fields.map((field): ConflictField => ({ field: field.field, local: fromJson(field.local), server: fromJson(field.server) })),
});

export async function openConflictOf(db: TaizhangDatabase, recordId: string) {
  return db.syncConflict.findOne({ selector: { recordId, status: 'open' } }).exec();
}

/** Keeps the collisions of a merge: joins the record's open entry (newer values replace a field's older ones) or opens one. */
export async function recordCollisions(db: TaizhangDatabase, kind: LedgerKind, merged: MergeDocument, collisions: FieldCollision[], now: string): Promise<void> {
  const recordId = String(merged.id);
  const fresh = collisions.map(storedField);
  const open = await openConflictOf(db, recordId);
  if (open) {
    await open.incrementalModify((doc) => {
      const named = new Set(fresh.map((field) => field.field));
      return { ...doc, title: recordTitle(merged), fields: [...doc.fields.filter((field) => !named.has(field.field)), ...fresh] };
    });
    return;
  }
  await db.syncConflict.insert({ id: uuidv7(), kind, recordId, title: recordTitle(merged), status: 'open', detectedAt: now, fields: fresh });
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
