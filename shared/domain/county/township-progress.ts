// The county's view (decision 026): each township's figures of the year against the plan's targets,
// read from the year's statistics (decision 022) — no second count of the same figure — each with the
// ledger list that holds the records behind it.
import { figureAgainstTarget, type Figure } from '../figures/year-figures';
import type { TargetCode } from '../reference/targets';
import type { ReferenceData } from '../schemas/reference-data';
import type { LedgerKind } from '../schemas/index';
import { TOTAL_COLUMN, type ColumnFigures, type PeriodStatistics } from '../statistics/period-statistics';

/** A plan target a township's ledgers measure, and where its records are listed. */
interface MeasuredTarget {
  code: TargetCode;
  unit: Figure['unit'];
  kind: LedgerKind;
  value(column: ColumnFigures): number | null;
  /** The counts beside the figure, e.g. 成功 27 / 结案 30. */
  detail(column: ColumnFigures): string;
}

const measured: readonly MeasuredTarget[] = [
  {
    code: 'mediationSuccessRate', unit: 'ratio', kind: 'mediationCase',
    value: (column) => column.mediation.successRate,
    detail: ({ mediation: m }) => `受理 ${m.received} 件，成功 ${m.succeeded} 件，已结案 ${m.succeeded + m.failed + m.terminated} 件`,
  },
  {
    code: 'lawsStudiedBeforeMeetings', unit: 'count', kind: 'studySession',
    value: (column) => column.study.lawsStudiedBeforeMeetings,
    detail: (column) => `会前学法 ${column.study.byKind.preMeeting ?? 0} 次`,
  },
  {
    code: 'officerTrainings', unit: 'count', kind: 'studySession',
    value: (column) => column.study.byKind.officerTraining ?? 0,
    detail: (column) => `学法 ${column.study.sessions} 次`,
  },
];

/** The ledgers the figures are counted from: the page follows their changes. */
export const progressKinds: readonly LedgerKind[] = [...new Set(measured.map((each) => each.kind))];

export interface ProgressFigure extends Figure {
  /** Share of the target reached, 0–1 (capped); null when there is nothing to measure yet. */
  progress: number | null;
  detail: string;
  /** The ledger whose list holds the records behind the figure. */
  kind: LedgerKind;
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
  return statistics.columns.map((column) => ({
    townshipId: column.key,
    name: column.key === TOTAL_COLUMN ? '全县' : names[column.key] ?? column.key,
    figures: measured.map((each) => {
      const figure = figureAgainstTarget(targets, each.code, each.unit, each.value(column));
      return { ...figure, progress: progressOf(figure.value, figure.target), detail: each.detail(column), kind: each.kind };
    }),
  }));
}
