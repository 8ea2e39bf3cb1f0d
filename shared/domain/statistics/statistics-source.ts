// What the statistics count, part by part, and where each part's facts come from. A ledger kind whose
// records the statistics count says so in its description (kinds/): which part its records feed, which of
// their facts are kept, and whether the period's records are read or the whole roster (decision 022).
import type { EnforcementFacts } from './enforcement-statistics';
import type { MediationFacts } from './mediation-statistics';
import type { OfficerFacts } from './officer-statistics';
import type { ReviewFacts } from './review-statistics';
import type { StudyFacts } from './study-statistics';

export interface StatisticsFactsByPart {
  mediation: MediationFacts;
  study: StudyFacts;
  enforcement: EnforcementFacts;
  reviews: ReviewFacts;
  /** Every live officer, whatever the period: the roster as it stands. */
  officers: OfficerFacts;
}

export type StatisticsPart = keyof StatisticsFactsByPart;

/** The facts of the records the statistics count, by part. */
export type StatisticsRecords = { readonly [P in StatisticsPart]: readonly StatisticsFactsByPart[P][] };

export interface StatisticsSource<R> {
  part: StatisticsPart;
  /** Only the fields the figures use, so a county's year of records does not stay in memory whole. */
  facts: (record: R) => StatisticsFactsByPart[StatisticsPart];
  /** The period's records (listed by date), or every live record whatever its date (a roster). */
  ofPeriod: boolean;
}

/** A kind's source of one part: the part's name checks that `facts` gives that part's facts. */
export const statisticsSource = <P extends StatisticsPart, R>(part: P, facts: (record: R) => StatisticsFactsByPart[P], ofPeriod = true): StatisticsSource<R> =>
  ({ part, facts, ofPeriod });

const everyPart: { readonly [P in StatisticsPart]: true } = { mediation: true, study: true, enforcement: true, reviews: true, officers: true };

/** Every part (the type above checks none is missing). */
export const statisticsParts = Object.keys(everyPart) as readonly StatisticsPart[];
