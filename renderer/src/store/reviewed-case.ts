// A 案卷评查 carries the case number of the enforcement case it reviews, copied by the store (a form picks
// the case; it never types the number), so the review list reads without a join; and it belongs to that
// case's township, whichever PC wrote it, so the county's reviews count for, list under and sync to the
// township whose case file was reviewed (decision 026, amended).
import type { DomainIssue } from '#shared/domain/issue';
import type { TaizhangDatabase } from './database';

export interface ReviewedCase {
  caseNumber: string;
  townshipId: string;
}

export async function reviewedCases(db: TaizhangDatabase, enforcementCaseIds: readonly string[]): Promise<Map<string, ReviewedCase>> {
  const docs = await db.enforcementCase.findByIds([...new Set(enforcementCaseIds)]).exec();
  return new Map([...docs.values()].map((doc) => [doc.id, { caseNumber: doc.caseNumber, townshipId: doc.townshipId }]));
}

export const unknownReviewedCase = (id: string): DomainIssue => ({
  code: 'REVIEW_CASE_UNKNOWN',
  message: `评查的执法案件（${id}）在本机不存在，请从执法案件列表中选择`,
  field: 'enforcementCaseId',
  severity: 'error',
});
