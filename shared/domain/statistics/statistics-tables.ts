// The statistics as the tables the bureau's report forms hold: one row per item, one column per township (and
// 合计 for the county). The page shows these tables and the .xlsx export writes the same ones, so what is
// seen is what is handed in.
import { decisionOutcomeLabels, mediationSourceLabels, procedureLabels, studyKindLabels } from '../labels';
import { mediationSources } from '../schemas/mediation-case';
import { PUBLIC_LEGAL_EDUCATION, studyKinds } from '../schemas/study-session';
import type { OutcomeOrUndecided } from './enforcement-statistics';
import { monthLabel } from './period';
import { TOTAL_COLUMN, type ColumnFigures, type PeriodStatistics } from './period-statistics';

/** A figure: a number, none (— : nothing to divide by), or 零上报 for a month without a dispute. */
export type Cell = number | null | typeof ZERO_REPORT;
export const ZERO_REPORT = '零上报';

export type CellUnit = 'count' | 'ratio' | 'yuan';

export interface StatisticsRow {
  label: string;
  unit: CellUnit;
  cells: Cell[];
}

export interface StatisticsTable {
  /** Stable name for tests and the sheet: 'mediation', 'disputeTypes' … */
  id: string;
  title: string;
  /** The first column's header (项目 / 纠纷类型 / 月份). */
  itemHeader: string;
  /** One per column of figures: township names, then 合计. */
  columns: string[];
  rows: StatisticsRow[];
}

export interface StatisticsNames {
  townships: Readonly<Record<string, string>>;
  /** The county's dispute types in the report's order. */
  disputeTypes: readonly { code: string; name: string }[];
}

const outcomes: readonly OutcomeOrUndecided[] = ['penalty', 'noPenalty', 'notEstablished', 'transfer', 'undecided'];
const outcomeLabel = (outcome: OutcomeOrUndecided) => (outcome === 'undecided' ? '尚未作出决定' : decisionOutcomeLabels[outcome]);

export function statisticsTables(statistics: PeriodStatistics, names: StatisticsNames): StatisticsTable[] {
  const { columns } = statistics;
  const headers = columns.map((column) => (column.key === TOTAL_COLUMN ? '合计' : names.townships[column.key] ?? column.key));
  const row = (label: string, unit: CellUnit, cellOf: (column: ColumnFigures) => Cell): StatisticsRow => ({ label, unit, cells: columns.map(cellOf) });
  const table = (id: string, title: string, itemHeader: string, rows: StatisticsRow[]): StatisticsTable => ({ id, title, itemHeader, columns: headers, rows });
  // Every type of the county's list, in its order; a code a record carries that the list lost is kept, by code.
  const listed = new Set(names.disputeTypes.map((type) => type.code));
  const unlisted = [...new Set(columns.flatMap((column) => Object.keys(column.mediation.byDisputeType)))].filter((code) => !listed.has(code));
  const disputeTypes = [...names.disputeTypes, ...unlisted.map((code) => ({ code, name: code }))];
  const monthIndex = (column: ColumnFigures, month: string) => column.mediation.months.find((each) => each.month === month);
  return [
    table('mediation', '人民调解工作情况', '项目', [
      row('受理纠纷（件）', 'count', (c) => c.mediation.received),
      row('调解成功（件）', 'count', (c) => c.mediation.succeeded),
      row('调解不成功（件）', 'count', (c) => c.mediation.failed),
      row('终止调解（件）', 'count', (c) => c.mediation.terminated),
      row('尚未结案（件）', 'count', (c) => c.mediation.open),
      row('调解成功率', 'ratio', (c) => c.mediation.successRate),
      row('协议涉及金额（元）', 'yuan', (c) => c.mediation.agreementAmount),
      row('防止民转刑（件）', 'count', (c) => c.mediation.preventedEscalation.cases),
      row('防止民转刑（人）', 'count', (c) => c.mediation.preventedEscalation.persons),
    ]),
    table('disputeTypes', '受理纠纷类型', '纠纷类型', disputeTypes.map((type) => row(type.name, 'count', (c) => c.mediation.byDisputeType[type.code] ?? 0))),
    table('sources', '案件来源', '案件来源', mediationSources.map((source) => row(mediationSourceLabels[source], 'count', (c) => c.mediation.bySource[source] ?? 0))),
    table('months', '各月受理纠纷（件）', '月份', statistics.months.map((month) => row(monthLabel(month), 'count', (c) => {
      const figures = monthIndex(c, month);
      return !figures || figures.zeroReport ? ZERO_REPORT : figures.received;
    }))),
    table('monthRates', '各月调解成功率', '月份', statistics.months.map((month) => row(monthLabel(month), 'ratio', (c) => monthIndex(c, month)?.successRate ?? null))),
    table('study', '学法工作情况', '项目', [
      row('学法场次（次）', 'count', (c) => c.study.sessions),
      ...studyKinds.flatMap((kind) => (kind === PUBLIC_LEGAL_EDUCATION ? []
        : [row(`其中：${studyKindLabels[kind]}（次）`, 'count', (c) => c.study.byKind[kind] ?? 0)])),
      row('学习法律法规（部）', 'count', (c) => c.study.lawsStudied),
      row('参学人数（人）', 'count', (c) => c.study.persons),
      row('参学人次（人次）', 'count', (c) => c.study.personTimes),
      row('学习时长（小时）', 'count', (c) => c.study.hours),
      // 谁执法谁普法 (the county plan's (十二)): counted apart from 学法 (decision 037).
      row(`${studyKindLabels[PUBLIC_LEGAL_EDUCATION]}（次）`, 'count', (c) => c.study.publicLegalEducation.activities),
      row('普法受众（人次）', 'count', (c) => c.study.publicLegalEducation.peopleReached),
    ]),
    table('enforcement', '行政执法工作情况', '项目', [
      row('立案（件）', 'count', (c) => c.enforcement.cases),
      row(`${procedureLabels.simple}（件）`, 'count', (c) => c.enforcement.byProcedure.simple ?? 0),
      row(`${procedureLabels.ordinary}（件）`, 'count', (c) => c.enforcement.byProcedure.ordinary ?? 0),
      ...outcomes.map((outcome) => row(`${outcomeLabel(outcome)}（件）`, 'count', (c) => c.enforcement.byOutcome[outcome] ?? 0)),
      row('法制审核（件）', 'count', (c) => c.enforcement.legalReviews),
      row('听证（件）', 'count', (c) => c.enforcement.hearings),
      row('罚款金额（元）', 'yuan', (c) => c.enforcement.fines),
    ]),
  ];
}

/** A cell as the page and the sheet's text show it: 96.9%, 12,500, —, 零上报. */
export function formatCell(cell: Cell, unit: CellUnit): string {
  if (cell === null) return '—';
  if (cell === ZERO_REPORT) return ZERO_REPORT;
  if (unit === 'ratio') return `${Math.round(cell * 1000) / 10}%`;
  return cell.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
