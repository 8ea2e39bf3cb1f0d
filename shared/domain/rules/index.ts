// One entry point for every record kind: returns all problems at once so the form can show each beside
// its field. Shape and legal rules live in one file per kind; see docs/spec/rules.md for the codes.
import type { Draft } from '../draft';
import type { LedgerKind } from '../schemas/index';
import { unstorableTextPaths } from '../text/storable-text';
import { validateCaseReview } from './case-review';
import type { RuleContext } from './context';
import { validateEnforcementCase } from './enforcement';
import type { DomainIssue } from './issue';
import { validateMediationCase } from './mediation';
import { validateOfficer } from './officer';
import type { IssueList } from './shape';
import { validateStudySession } from './study';

export type { RuleContext } from './context';
export type { DomainIssue } from './issue';

type Validators = { [K in LedgerKind]: (draft: Draft<K>, context: RuleContext) => IssueList };

const validators: Validators = {
  mediationCase: validateMediationCase,
  studySession: validateStudySession,
  enforcementCase: validateEnforcementCase,
  officer: validateOfficer,
  caseReview: validateCaseReview,
};

export function validateRecord<K extends LedgerKind>(kind: K, draft: Draft<K>, context: RuleContext): DomainIssue[] {
  const validate = validators[kind] as (draft: Draft<K>, context: RuleContext) => IssueList;
  return [...unstorableTextIssues(draft), ...validate(draft, context).items];
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
