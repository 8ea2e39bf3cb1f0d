// A warning an official has read and answers for (issue 7 item 3): "确认知悉" with a reason, kept in
// 修改记录 as one change row `warnings.<CODE>[.<field>]` (before: the warning's text, after: the
// reason). A change row, not a new history field or action, so apps that have not updated yet read
// it too (decision 015: an unknown action would stop their pull). Only warnings can be
// acknowledged; an error must be corrected.
import type { RecordHistory } from '../schemas/index';
import { hasUnstorableText } from '../text/storable-text';
import type { DomainIssue } from '../issue';

export const ACK_FIELD_PREFIX = 'warnings.';
export const ACK_REASON_MAX = 500;

type HistoryChange = RecordHistory['changes'][number];

export interface Acknowledgement {
  code: string;
  field?: string;
  /** The warning as it read when it was acknowledged. */
  message: string;
  reason: string;
  person: string;
  at: string;
}

/** Which warning an acknowledgement answers: its code, and its field when the rule names one. */
export const acknowledgementKey = (issue: Pick<DomainIssue, 'code' | 'field'>): string =>
  issue.field === undefined ? issue.code : `${issue.code}.${issue.field}`;

/** What is wrong with a reason typed for an acknowledgement, in Chinese; empty when it can be kept. */
export function acknowledgementReasonIssues(reason: string): DomainIssue[] {
  const text = reason.trim();
  if (text === '') return [{ code: 'ACK_REASON_MISSING', message: '请写明为什么这条提醒可以不处理（例如：已经负责人批准延长期限）', field: 'reason', severity: 'error' }];
  if (text.length > ACK_REASON_MAX) {
    return [{ code: 'ACK_REASON_TOO_LONG', message: `理由最多 ${ACK_REASON_MAX} 字，现有 ${text.length} 字`, field: 'reason', severity: 'error' }];
  }
  if (hasUnstorableText(text)) {
    return [{ code: 'TEXT_UNSTORABLE', message: '理由含有无法保存的不可见字符，请删除后重新输入', field: 'reason', severity: 'error' }];
  }
  return [];
}

/**
 * Whether `warning` may be acknowledged with `reason` on a record whose rules raise `current` now: the
 * warning as it reads today, or the Chinese refusals (no reason, or not a warning the record has).
 */
export function acknowledgementCheck(current: readonly DomainIssue[], warning: Pick<DomainIssue, 'code' | 'field'>, reason: string): { ok: true; warning: DomainIssue } | { ok: false; issues: DomainIssue[] } {
  const reasonIssues = acknowledgementReasonIssues(reason);
  if (reasonIssues.length > 0) return { ok: false, issues: reasonIssues };
  const found = current.find((issue) => acknowledgementKey(issue) === acknowledgementKey(warning));
  if (found?.severity === 'warning') return { ok: true, warning: found };
  const message = found ? '这是必须更正的问题，不能只确认知悉，请点“修改”更正' : '这条提醒已不再适用（记录可能已被修改），无需确认';
  return { ok: false, issues: [{ code: 'ACK_NOT_A_WARNING', message, severity: 'error' }] };
}

/** The history change row that records the acknowledgement. */
export const acknowledgementChange = (warning: DomainIssue, reason: string): HistoryChange => ({
  field: `${ACK_FIELD_PREFIX}${acknowledgementKey(warning)}`,
  before: warning.message.slice(0, 2000),
  after: reason.trim(),
});

export const isAcknowledgementChange = (change: HistoryChange): boolean => change.field.startsWith(ACK_FIELD_PREFIX);

/** The latest acknowledgement per warning key, from a record's history. */
export function acknowledgementsOf(history: readonly RecordHistory[]): Map<string, Acknowledgement> {
  const found = new Map<string, Acknowledgement>();
  const oldestFirst = [...history].sort((a, b) => a.at.localeCompare(b.at));
  for (const entry of oldestFirst) {
    for (const change of entry.changes) {
      if (!isAcknowledgementChange(change)) continue;
      const key = change.field.slice(ACK_FIELD_PREFIX.length);
      const dot = key.indexOf('.');
      found.set(key, {
        code: dot < 0 ? key : key.slice(0, dot),
        ...(dot < 0 ? {} : { field: key.slice(dot + 1) }),
        message: change.before ?? '',
        reason: change.after ?? '',
        person: entry.actor.person,
        at: entry.at,
      });
    }
  }
  return found;
}
