// How a record names its files: the `attachments` list every attachable ledger already carries
// (schema fragment attachmentRefsField, v0), plus an enforcement case's 全过程记录 files.
// Decision 009 explains why the reference lives in the record and not in a collection of its own.
import type { LedgerKindDescriptions } from '../domain/kinds/index';
import type { LedgerKind, MediationCase } from '../domain/schemas/index';

export type AttachmentRef = MediationCase['attachments'][number];

/** The ledgers whose description offers attachment purposes; their records carry `attachments` (the server's index lists the same). */
export type AttachableKind = { [K in LedgerKind]: LedgerKindDescriptions[K] extends { attachmentPurposes: readonly string[] } ? K : never }[LedgerKind];

/** Every file a document references, as server/migrations/003 `document_file_refs` reads it. */
export function fileRefsOf(doc: { attachments?: readonly { sha256: string }[]; recordings?: readonly { attachmentSha256?: string }[] }): string[] {
  const refs = new Set<string>();
  for (const item of doc.attachments ?? []) refs.add(item.sha256);
  for (const item of doc.recordings ?? []) if (item.attachmentSha256) refs.add(item.attachmentSha256);
  return [...refs];
}

const bySha = (refs: readonly AttachmentRef[]) => new Map(refs.map((ref) => [ref.sha256, ref]));

/**
 * Three-way merge of two offline edits of one record's list, for the sync conflict handler: a file
 * added on either side stays, a file removed on either side goes, a file both kept keeps the
 * server's metadata. Order: the server's list, then this device's additions. Two devices adding
 * scans to one case offline is then no collision at all.
 */
export function mergeAttachmentRefs(base: readonly AttachmentRef[], local: readonly AttachmentRef[], server: readonly AttachmentRef[]): AttachmentRef[] {
  const was = bySha(base);
  const mine = bySha(local);
  const merged = server.filter((ref) => mine.has(ref.sha256) || !was.has(ref.sha256));
  const kept = new Set(merged.map((ref) => ref.sha256));
  for (const ref of local) if (!kept.has(ref.sha256) && !was.has(ref.sha256)) merged.push(ref);
  return merged;
}
