// What a rule says about a record: a stable code for programs and tests, a Chinese
// message an official can act on, and the field it belongs to so the form can show it there.

export interface DomainIssue {
  /** e.g. 'OFFICER_CERT_EXPIRED' */
  code: string;
  /** e.g. '执法人员王五的执法证已于2026-03-01过期，不能参与2026-05-10的执法' */
  message: string;
  /** Dotted path into the record ('agreement.terms', 'parties.1.name'); absent for record-wide issues. */
  field?: string;
  /** 'error' blocks saving; 'warning' is shown and saving goes on. */
  severity: 'error' | 'warning';
}

export const hasErrors = (issues: readonly DomainIssue[]): boolean => issues.some((issue) => issue.severity === 'error');
