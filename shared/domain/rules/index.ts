// The rules' shared vocabulary: what a rule is given and what it returns. Checking a record goes through
// by-kind/validate.ts, which reads the kind's rules from its description.
export type { RuleContext } from './context';
export type { DomainIssue } from '../issue';
