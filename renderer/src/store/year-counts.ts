// The dashboard's raw counts of one year. Every count has its whole selector on one index
// (trashed, [status|kind,] newestFirstKey range), so RxDB counts index entries instead of rows.
import { datePrefix, keyRangeForDates, yearRange } from '#shared/domain/by-kind/newest-first-key';
import type { YearCounts } from '#shared/domain/figures/year-figures';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { countBy } from '#shared/domain/statistics/tally';
import type { MediationStatus } from '#shared/domain/schemas/mediation-case';
import { studyFigures } from '#shared/domain/statistics/study-statistics';
import type { TaizhangDatabase } from './database';
import { readStatisticsFacts } from './statistics-records';

export async function computeYearCounts(db: TaizhangDatabase, year: number, today: string): Promise<YearCounts> {
  const { from, to } = yearRange(year);
  const inYear = (kind: LedgerKind) => ({ newestFirstKey: keyRangeForDates(kind, from, to) });
  const countMediation = (status?: MediationStatus) =>
    db.mediationCase.count({ selector: { trashed: false, ...(status ? { status } : {}), ...inYear('mediationCase') } }).exec();
  // 案件来源 has no index (adding one would change the released schema), so the year's cases are read —
  // a township's few hundred, their personal fields decrypted on the way (issue 12 measures it) — and
  // tallied by type and by source in the same pass.
  const tallyMediation = async () => {
    const rows = await db.mediationCase.find({ selector: { trashed: false, ...inYear('mediationCase') }, sort: [{ newestFirstKey: 'asc' }] }).exec();
    return { byDisputeType: countBy(rows, (row) => row.disputeType), bySource: countBy(rows, (row) => row.source) };
  };

  const [{ byDisputeType, bySource }, received, succeeded, failed, terminated, study, caseReviews, active, certifiedValid] = await Promise.all([
    tallyMediation(),
    countMediation(),
    countMediation('succeeded'),
    countMediation('failed'),
    countMediation('terminated'),
    // Tens of 学法 sessions a year: their facts, counted by the statistics' own function.
    readStatisticsFacts(db, 'study', from, to).then(studyFigures),
    db.caseReview.count({ selector: { trashed: false, ...inYear('caseReview') } }).exec(),
    db.officer.count({ selector: { trashed: false, status: 'active' } }).exec(),
    // Officers list by certificate expiry ascending: "valid today" (certificateValidOn) is the key range from today on.
    db.officer.count({ selector: { trashed: false, status: 'active', newestFirstKey: { $gte: datePrefix('officer', today) } } }).exec(),
  ]);
  return {
    year,
    mediation: { received, succeeded, failed, terminated, byDisputeType, bySource },
    lawsStudiedBeforeMeetings: study.lawsStudiedBeforeMeetings,
    officerTrainings: study.byKind.officerTraining ?? 0,
    publicLegalEducation: study.publicLegalEducation,
    caseReviews,
    officers: { active, certifiedValid },
  };
}
