// The county's view (decision 026): each township's figures of the year against the plan's targets,
// read from the year's statistics (decision 022) — no second count of the same figure — each with the
// ledger list that holds the records behind it.
import { figureAgainstTarget, type Figure } from '../figures/year-figures';
import type { TargetCode } from '../reference/targets';
import type { ReferenceData } from '../schemas/reference-data';
import type { LedgerKind } from '../schemas/index';
import { periodRange } from '../statistics/period';
import { TOTAL_COLUMN, type ColumnFigures, type PeriodStatistics } from '../statistics/period-statistics';
import type { ListLinkCriteria } from './list-link';
import { describeKind, statisticsKindOf } from '../kinds/index';
import type { StatisticsPart } from '../statistics/statistics-source';

/** A plan target a township's ledgers measure, and where its records are listed. */
interface MeasuredTarget {
  code: TargetCode;
  unit: Figure['unit'];
  /** The statistics' part it is counted from: its kind's list holds the records behind it. */
  part: StatisticsPart;
  value(column: ColumnFigures): number | null;
  /** The counts beside the figure, e.g. 成功 27 / 结案 30. */
  detail(column: ColumnFigures): string;
  /** Shown in place of the figure when there is nothing to measure (value null): —, or 无执法人员. */
  noValue: string;
}

const measured: readonly MeasuredTarget[] = [
  {
    code: 'mediationSuccessRate', unit: 'ratio', part: 'mediation',
    value: (column) => column.mediation.successRate,
    detail: ({ mediation: m }) => `受理 ${m.received} 件，成功 ${m.succeeded} 件，已结案 ${m.succeeded + m.failed + m.terminated} 件`,
    noValue: '—',
  },
  {
    code: 'lawsStudiedBeforeMeetings', unit: 'count', part: 'study',
    value: (column) => column.study.lawsStudiedBeforeMeetings,
    detail: (column) => `会前学法 ${column.study.byKind.preMeeting ?? 0} 次`,
    noValue: '—',
  },
  {
    code: 'officerTrainings', unit: 'count', part: 'study',
    value: (column) => column.study.byKind.officerTraining ?? 0,
    detail: (column) => `学法 ${column.study.sessions} 次`,
    noValue: '—',
  },
  {
    code: 'caseReviews', unit: 'count', part: 'reviews',
    value: (column) => column.review.reviews,
    detail: ({ review }) => `评查案卷 ${review.reviews} 件，不合格 ${review.failed} 件`,
    noValue: '—',
  },
  {
    code: 'certifiedOfficerRate', unit: 'ratio', part: 'officers',
    value: (column) => column.officers.certifiedRate,
    detail: ({ officers }) => `在岗 ${officers.active} 人，执法证有效 ${officers.certifiedValid} 人（截至 ${officers.referenceDay}）`,
    noValue: '无执法人员',
  },
];

/** Each target with the ledger its part is counted from, and whether its records are the year's or a roster. */
const sourced = measured.map((each) => {
  const kind = statisticsKindOf(each.part);
  return { ...each, kind, ofPeriod: describeKind(kind).statistics?.ofPeriod ?? true };
});

/** The ledgers the figures are counted from: the page follows their changes. */
export const progressKinds: readonly LedgerKind[] = [...new Set(sourced.map((each) => each.kind))];

export interface ProgressFigure extends Figure {
  /** Share of the target reached, 0–1 (capped); null when there is nothing to measure yet. */
  progress: number | null;
  detail: string;
  /** Shown in place of the figure when `value` is null: — (nothing to divide by yet), or 无执法人员. */
  noValue: string;
  /** The ledger whose list holds the records behind the figure, and that list's filters for them. */
  kind: LedgerKind;
  link: ListLinkCriteria;
}

export interface TownshipProgress {
  /** Township code, or TOTAL_COLUMN for the whole county. */
  townshipId: string;
  name: string;
  figures: ProgressFigure[];
}

const progressOf = (value: number | null, target: number): number | null => {
  if (value === null) return null;
  if (target <= 0) return 1;
  return Math.min(1, Math.max(0, value / target));
};

/** One row per column of the year's county statistics (townships, then 全县), each target's figure. */
export function townshipProgress(statistics: PeriodStatistics, targets: readonly ReferenceData[], names: Readonly<Record<string, string>>): TownshipProgress[] {
  const { from, to } = periodRange(statistics.period);
  const linkOf = (township: string, each: (typeof sourced)[number]): ListLinkCriteria => ({
    ...(township === TOTAL_COLUMN ? {} : { filter: `townshipId=${township}` }),
    // The year's records (listed by date), or the roster as it stands (officers).
    ...(each.ofPeriod ? { from, to } : {}),
  });
  return statistics.columns.map((column) => ({
    townshipId: column.key,
    name: column.key === TOTAL_COLUMN ? '全县' : names[column.key] ?? column.key,
    figures: sourced.map((each) => {
      const figure = figureAgainstTarget(targets, each.code, each.unit, each.value(column));
      return {
        ...figure, progress: progressOf(figure.value, figure.target), detail: each.detail(column), noValue: each.noValue,
        kind: each.kind, link: linkOf(column.key, each),
      };
    }),
  }));
}
