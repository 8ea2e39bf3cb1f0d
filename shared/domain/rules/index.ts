// One entry point for every record kind: returns all problems at once so the form can show each beside
// its field. Shape and legal rules live in one file per kind; see docs/spec/rules.md for the codes.
import type { Draft } from '../draft';
import type { LedgerKind } from '../schemas/index';
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
  return validate(draft, context).items;
}
