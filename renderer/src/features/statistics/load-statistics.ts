// Reads what a period's statistics need — the records' facts through the store's index range, the townships,
// the dispute types and the success-rate setting — and hands them to the pure functions in shared/.
import { localDateOf } from '#shared/domain/calendar/dates';
import { successRateRuleOf, type SuccessRateRule } from '#shared/domain/figures/success-rate';
import { periodStatistics, type PeriodStatistics, type StatisticsScope } from '#shared/domain/statistics/period-statistics';
import { periodRange, type Period } from '#shared/domain/statistics/period';
import { statisticsTables, type StatisticsNames, type StatisticsTable } from '#shared/domain/statistics/statistics-tables';
import type { AppStore, DeviceSettings } from '../../store/contract';

export interface LoadedStatistics {
  statistics: PeriodStatistics;
  tables: StatisticsTable[];
  names: StatisticsNames;
  rule: SuccessRateRule;
  /** 忠仁镇 for a township, 全县 for the county. */
  scopeName: string;
}

export async function loadStatistics(store: AppStore, settings: Pick<DeviceSettings, 'role' | 'townshipId'>, period: Period): Promise<LoadedStatistics> {
  const { from, to } = periodRange(period);
  const [records, townships, disputeTypes, reference] = await Promise.all([
    store.statisticsRecords(from, to),
    store.reference.list('township'),
    store.reference.list('disputeType'),
    store.reference.list('setting'),
  ]);
  const rule = successRateRuleOf(reference);
  // The county sees every active township, in the county's order, even one that reported nothing.
  const scope: StatisticsScope = settings.role === 'county'
    ? { kind: 'county', townshipIds: townships.filter((entry) => entry.active).map((entry) => entry.code) }
    : { kind: 'township', townshipId: settings.townshipId };
  const statistics = periodStatistics(records, period, scope, rule.denominator, localDateOf(store.clock()));
  // A type the county retired still names the cases that carry it.
  const used = new Set(records.mediation.map((each) => each.disputeType));
  const names: StatisticsNames = {
    townships: Object.fromEntries(townships.map((entry) => [entry.code, entry.name])),
    disputeTypes: disputeTypes.filter((entry) => entry.active || used.has(entry.code)).map((entry) => ({ code: entry.code, name: entry.name })),
  };
  const scopeName = settings.role === 'county' ? '全县' : names.townships[settings.townshipId] ?? settings.townshipId;
  return { statistics, tables: statisticsTables(statistics, names), names, rule, scopeName };
}
