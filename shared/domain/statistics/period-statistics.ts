// The statistics of one period for one township, or for the county with every township side by side and
// the county's total last. Pure: the store hands in the records' facts, the page and the .xlsx show the result.
import type { SuccessRateDenominator } from '../reference/targets';
import { enforcementFigures, type EnforcementFigures } from './enforcement-statistics';
import { mediationFigures, type MediationFigures } from './mediation-statistics';
import { officerFigures, type OfficerFigures } from './officer-statistics';
import { monthsOf, periodRange, type Period } from './period';
import { reviewFigures, type ReviewFigures } from './review-statistics';
import { studyFigures, type StudyFigures } from './study-statistics';
import type { StatisticsRecords } from './statistics-source';

/** One township, or the county: its townships (in the order to show them) side by side, then 合计. */
export type StatisticsScope = { kind: 'township'; townshipId: string } | { kind: 'county'; townshipIds: readonly string[] };

/** The column of the county's total. */
export const TOTAL_COLUMN = '__total__';

export interface ColumnFigures {
  /** A township code, or TOTAL_COLUMN. */
  key: string;
  mediation: MediationFigures;
  study: StudyFigures;
  enforcement: EnforcementFigures;
  review: ReviewFigures;
  officers: OfficerFigures;
}

export interface PeriodStatistics {
  period: Period;
  months: string[];
  columns: ColumnFigures[];
}

/** `today` judges the officers' certificates: on the period's last day, or today for a period still running. */
export function periodStatistics(records: StatisticsRecords, period: Period, scope: StatisticsScope, denominator: SuccessRateDenominator, today: string): PeriodStatistics {
  const { from, to } = periodRange(period);
  const within = (date: string) => date >= from && date <= to;
  const referenceDay = today < to ? today : to;
  const inPeriod: StatisticsRecords = {
    mediation: records.mediation.filter((each) => within(each.receivedOn)),
    study: records.study.filter((each) => within(each.heldOn)),
    enforcement: records.enforcement.filter((each) => within(each.stages.filedOn)),
    reviews: records.reviews.filter((each) => within(each.reviewedOn)),
    officers: records.officers,
  };
  const months = monthsOf(period);
  const column = (key: string, of: (townshipId: string) => boolean): ColumnFigures => ({
    key,
    mediation: mediationFigures(inPeriod.mediation.filter((each) => of(each.townshipId)), months, denominator),
    study: studyFigures(inPeriod.study.filter((each) => of(each.townshipId))),
    enforcement: enforcementFigures(inPeriod.enforcement.filter((each) => of(each.townshipId))),
    review: reviewFigures(inPeriod.reviews.filter((each) => of(each.townshipId))),
    officers: officerFigures(inPeriod.officers.filter((each) => of(each.townshipId)), referenceDay),
  });
  if (scope.kind === 'township') return { period, months, columns: [column(scope.townshipId, (id) => id === scope.townshipId)] };
  // A record of a township the list no longer names still counts: it gets a column of its own.
  const seen = [...inPeriod.mediation, ...inPeriod.study, ...inPeriod.enforcement, ...inPeriod.reviews, ...inPeriod.officers].map((each) => each.townshipId);
  const townships = [...new Set([...scope.townshipIds, ...seen])];
  return {
    period,
    months,
    columns: [...townships.map((id) => column(id, (each) => each === id)), column(TOTAL_COLUMN, () => true)],
  };
}
