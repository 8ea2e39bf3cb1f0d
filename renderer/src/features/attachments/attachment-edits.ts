// Adding and removing an attachment is an edit of the record's `attachments` list (decision 009):
// made on the freshest copy, through the store, so it is validated, synced and in 修改记录.
import type { Draft } from '#shared/domain/draft';
import type { LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { AttachableKind, AttachmentRef } from '#shared/files/index';
import type { Actor, AppStore } from '../../store/contract';

async function editAttachments<K extends AttachableKind>(
  store: AppStore,
  kind: K,
  recordId: string,
  actor: Actor,
  change: (current: readonly AttachmentRef[]) => AttachmentRef[],
): Promise<void> {
  const fresh = await store.ledger.get(kind, recordId);
  if (!fresh) throw new Error('RECORD_NOT_FOUND: 记录不存在，可能已被删除');
  const record = fresh as LedgerRecordByKind[K] & { attachments: AttachmentRef[] };
  const draft = { ...record, attachments: change(record.attachments) } as unknown as Draft<K>;
  const result = await store.ledger.update(kind, recordId, draft, actor);
  if (!result.ok) throw new Error(`ATTACHMENT_NOT_SAVED: ${result.issues.map((issue) => issue.message).join('；')}`);
}

export const addAttachment = <K extends AttachableKind>(store: AppStore, kind: K, recordId: string, ref: AttachmentRef, actor: Actor) =>
  editAttachments(store, kind, recordId, actor, (current) => (current.some((item) => item.sha256 === ref.sha256) ? [...current] : [...current, ref]));

export const removeAttachment = <K extends AttachableKind>(store: AppStore, kind: K, recordId: string, sha256: string, actor: Actor) =>
  editAttachments(store, kind, recordId, actor, (current) => current.filter((item) => item.sha256 !== sha256));
