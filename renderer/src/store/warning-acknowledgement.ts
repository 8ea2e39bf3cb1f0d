// 确认知悉: an official answers for a warning a record still has, with a reason kept in 修改记录
// (shared/domain/rules/acknowledgement.ts). Checked here, not only in the dialog: only a warning
// the rules raise on the record as it is now, never an error, by someone named in 设置.
import { acknowledgementChange, acknowledgementCheck } from '#shared/domain/rules/acknowledgement';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { Actor } from './contract';
import { writeHistory } from './history-log';
import { ruleContext, writerIssues, type LedgerDeps } from './ledger-context';
import { draftOnly } from './managed-fields';

export type AcknowledgeResult = { ok: true } | { ok: false; issues: DomainIssue[] };

export interface WarningToAcknowledge {
  code: string;
  field?: string;
}

export async function acknowledgeWarning(
  deps: LedgerDeps,
  kind: LedgerKind,
  id: string,
  warning: WarningToAcknowledge,
  reason: string,
  actor: Actor,
): Promise<AcknowledgeResult> {
  const doc = await deps.db[kind].findOne(id).exec();
  if (!doc || doc.trashed) return { ok: false, issues: [{ code: 'RECORD_NOT_FOUND', message: '记录不存在或已在回收站中', severity: 'error' }] };
  const record = doc.toMutableJSON() as never;
  const writer = writerIssues(doc.townshipId, actor);
  if (writer.length > 0) return { ok: false, issues: writer };
  const checked = acknowledgementCheck(deps.rules.validate(kind, draftOnly(record), await ruleContext(deps), id), warning, reason);
  if (!checked.ok) return checked;
  await writeHistory(deps.db, [{
    recordId: id,
    recordKind: kind,
    townshipId: doc.townshipId,
    at: deps.clock().toISOString(),
    actor,
    action: 'update',
    changes: [acknowledgementChange(checked.warning, reason)],
  }]);
  return { ok: true };
}
