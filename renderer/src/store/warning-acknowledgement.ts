// 确认知悉: an official answers for a warning a record still has, with a reason kept in 修改记录
// (shared/domain/rules/acknowledgement.ts). Checked here, not only in the dialog: only a warning
// the rules raise on the record as it is now, never an error, by someone named in 设置.
import { acknowledgementChange, acknowledgementKey, acknowledgementReasonIssues } from '#shared/domain/rules/acknowledgement';
import type { DomainIssue } from '#shared/domain/rules/issue';
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
  const refused = [...writerIssues(doc.townshipId, actor), ...acknowledgementReasonIssues(reason)];
  if (refused.length > 0) return { ok: false, issues: refused };
  const key = acknowledgementKey(warning);
  const current = deps.rules.validate(kind, draftOnly(record), await ruleContext(deps), id).find((issue) => acknowledgementKey(issue) === key);
  if (!current || current.severity !== 'warning') {
    const message = current ? '这是必须更正的问题，不能只确认知悉，请点“修改”更正' : '这条提醒已不再适用（记录可能已被修改），无需确认';
    return { ok: false, issues: [{ code: 'ACK_NOT_A_WARNING', message, severity: 'error' }] };
  }
  await writeHistory(deps.db, [{
    recordId: id,
    recordKind: kind,
    townshipId: doc.townshipId,
    at: deps.clock().toISOString(),
    actor,
    action: 'update',
    changes: [acknowledgementChange(current, reason)],
  }]);
  return { ok: true };
}
