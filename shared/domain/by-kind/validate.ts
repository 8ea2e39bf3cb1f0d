// One entry point for every record kind: returns all problems at once so the form can show each beside
// its field. Shape and legal rules live in one file per kind, which the kind's description names
// (kinds/*.ts); see docs/spec/rules.md for the codes.
import type { Draft } from '../draft';
import { describeKind } from '../kinds/index';
import type { LedgerKind } from '../schemas/index';
import { unstorableTextPaths } from '../text/storable-text';
import type { RuleContext } from '../rules/context';
import type { DomainIssue } from '../issue';

export function validateRecord<K extends LedgerKind>(kind: K, draft: Draft<K>, context: RuleContext): DomainIssue[] {
  return [...unstorableTextIssues(draft), ...describeKind(kind).validate(draft, context).items];
}

/** [TEXT_UNSTORABLE]: one error per field holding text the county's database refuses (pasted control characters). */
function unstorableTextIssues(draft: unknown): DomainIssue[] {
  return unstorableTextPaths(draft).map((field) => ({
    code: 'TEXT_UNSTORABLE',
    message: '此处含有无法保存的不可见字符（多为从其他程序粘贴带入），请删除后重新输入这段文字',
    severity: 'error' as const,
    ...(field === '' ? {} : { field }),
  }));
}
