// 冲突处理: the official's choice per field. Chosen device values are written onto the record as
// it is now, like an edit (bookkeeping bumped, derived fields and search words recomputed, a
// 修改记录 entry), so the change is pushed like any other; then the conflict is closed.
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { ownerRoleOf, type DeviceRole } from '#shared/sync/index';
import type { Actor } from '../store/contract';
import type { TaizhangDatabase } from '../store/database';
import { diffRecords } from '../store/history-diff';
import { historyEntry } from '../store/history-log';
import { journaledModify, type SaveJournal } from '../store/save-journal';
import type { RecordDeriver } from './conflict-handler';
import { toSyncConflict } from './conflict-store';
import type { ConflictChoice } from './contract';

export interface ResolveDeps {
  db: TaizhangDatabase;
  /** This PC's role: only the record's owner may choose (decision 039). */
  role: DeviceRole;
  derive: RecordDeriver;
  clock: () => Date;
  /** The choice is written like an edit: record, search words and history as one save. */
  journal: SaveJournal;
}

export async function resolveConflict(deps: ResolveDeps, conflictId: string, choice: ConflictChoice, actor: Actor): Promise<void> {
  const conflictDoc = await deps.db.syncConflict.findOne(conflictId).exec();
  if (!conflictDoc || conflictDoc.status !== 'open') throw new Error('CONFLICT_NOT_FOUND: 这条冲突不存在或已处理，请刷新冲突列表');
  const conflict = toSyncConflict(conflictDoc.toMutableJSON());
  const kind: LedgerKind = conflict.kind;
  if (ownerRoleOf(kind) !== deps.role) throw new Error('CONFLICT_NOT_OWNED: 这条记录属于乡镇，冲突由乡镇的电脑处理，本机只能查看');
  const chosen = conflict.fields.filter((field) => choice[field.field] === 'local');
  const now = deps.clock().toISOString();

  if (chosen.length > 0) {
    const collection = deps.db[kind] as unknown as TaizhangDatabase['mediationCase'];
    const recordDoc = await collection.findOne(conflict.recordId).exec();
    if (!recordDoc) throw new Error('RECORD_NOT_FOUND: 冲突所在的记录不存在，可能已被删除');
    const written = await journaledModify<typeof kind>(deps.journal, recordDoc, (latest) => {
      const next: Record<string, unknown> = { ...latest };
      for (const field of chosen) {
        if (field.local === undefined) delete next[field.field];
        else next[field.field] = field.local;
      }
      next.updatedAt = now;
      next.updatedBy = { ...actor };
      const derived = deps.derive(kind, next as unknown as LedgerRecordByKind[typeof kind]);
      const changes = diffRecords(latest, derived);
      return { next: derived, entry: historyEntry({ recordId: conflict.recordId, recordKind: kind, townshipId: latest.townshipId, at: now, actor, action: 'update', changes }) };
    });
    if (written) await deps.journal.finish(kind, [written.record], [written.entry]);
  }
  await conflictDoc.incrementalModify((doc) => ({ ...doc, status: 'resolved', resolvedAt: now, resolvedBy: { ...actor } }));
}
