// A 案卷评查 carries the case number of the enforcement case it reviews, copied by the store
// (a form picks the case; it never types the number), so the review list reads without a join.
import type { DomainIssue } from '#shared/domain/issue';
import type { TaizhangDatabase } from './database';

export async function reviewedCaseNumbers(db: TaizhangDatabase, enforcementCaseIds: readonly string[]): Promise<Map<string, string>> {
  const docs = await db.enforcementCase.findByIds([...new Set(enforcementCaseIds)]).exec();
  return new Map([...docs.values()].map((doc) => [doc.id, doc.caseNumber]));
}

export const unknownReviewedCase = (id: string): DomainIssue => ({
  code: 'REVIEW_CASE_UNKNOWN',
  message: `评查的执法案件（${id}）在本机不存在，请从执法案件列表中选择`,
  field: 'enforcementCaseId',
  severity: 'error',
});
