// 调解成功率 and its denominator, one definition for the dashboard and the statistics: the county chooses in
// 基础数据 (setting `successRateSettingCode`) whether it divides by the cases closed (default) or by all cases
// received; docs/decisions/022-statistics.md says why both exist.
import type { ReferenceData } from '../schemas/reference-data';
import { successRateDefinitions, successRateSettingCode, type SuccessRateDenominator } from '../reference/targets';

export interface SuccessRateRule {
  denominator: SuccessRateDenominator;
  /** What is counted, in words, shown beside the rate. */
  definition: string;
}

/** The county's choice from reference data (its 'setting' entries); the default when it chose nothing. */
export function successRateRuleOf(reference: readonly ReferenceData[]): SuccessRateRule {
  const setting = reference.find((entry) => entry.kind === 'setting' && entry.code === successRateSettingCode && entry.active);
  const denominator: SuccessRateDenominator = setting?.details.category === 'received' ? 'received' : 'closed';
  return { denominator, definition: setting?.details.text ?? successRateDefinitions[denominator] };
}

export interface OutcomeCounts {
  received: number;
  succeeded: number;
  failed: number;
  terminated: number;
}

/** succeeded ÷ the chosen denominator; null (not 0) when there is nothing to divide by. */
export function successRate(counts: OutcomeCounts, denominator: SuccessRateDenominator): number | null {
  const base = denominator === 'received' ? counts.received : counts.succeeded + counts.failed + counts.terminated;
  return base > 0 ? counts.succeeded / base : null;
}
