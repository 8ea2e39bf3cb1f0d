// The raw counts of one year that the dashboard turns into figures against the plan's targets.
// The store computes these through indexes; the figures are pure functions of them.
import type { ReferenceData } from '../schemas/reference-data';
import { planTargets, publicLawyerCountSettingCode, type TargetCode } from '../reference/targets';
import { successRate, successRateRuleOf } from './success-rate';
import type { MediationSource } from '../labels';
import type { PublicLegalEducationFigures } from '../statistics/study-statistics';

export interface YearCounts {
  year: number;
  /** Mediation cases received in the year, by where they stand now. */
  mediation: {
    received: number;
    succeeded: number;
    failed: number;
    terminated: number;
    /** Cases received in the year per dispute type code (reference data 'disputeType'); types with none left out. */
    byDisputeType: Readonly<Record<string, number>>;
    /** Cases received in the year per 案件来源; sources with none left out. */
    bySource: Readonly<Partial<Record<MediationSource, number>>>;
  };
  /** Distinct laws (law catalogue ids) studied in 会前学法 sessions held in the year. */
  lawsStudiedBeforeMeetings: number;
  /** 执法人员培训 sessions held in the year. */
  officerTrainings: number;
  /** 普法活动 held in the year and the people they reached (谁执法谁普法, decision 037). */
  publicLegalEducation: PublicLegalEducationFigures;
  /** 案卷评查 reviews dated in the year. */
  caseReviews: number;
  /** Active officers, and of them those whose certificate is valid today. */
  officers: { active: number; certifiedValid: number };
}


/** One dashboard figure against the plan: `value` null when there is nothing to count yet. */
export interface Figure {
  code: string;
  label: string;
  value: number | null;
  target: number;
  unit: 'count' | 'ratio';
  met: boolean | null;
  /** What is counted, shown beside the figure (e.g. the success-rate denominator). */
  definition: string;
}

const targetOf = (entries: readonly ReferenceData[], code: TargetCode): { value: number; text: string; name: string } => {
  const fallback = planTargets.find((target) => target.code === code);
  const entry = entries.find((candidate) => candidate.kind === 'target' && candidate.code === code && candidate.active);
  return {
    value: entry?.details.value ?? fallback?.value ?? 0,
    text: entry?.details.text ?? fallback?.text ?? '',
    name: entry?.name ?? fallback?.name ?? code,
  };
};

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

/**
 * The year's figures against the county plan. `targets` is reference data: its 'target' entries (falling back
 * to the plan's defaults) and the 'setting' that chooses the success-rate denominator.
 */
/** One figure against the plan's target of `code` (the county's value, else the plan's default). */
export function figureAgainstTarget(targets: readonly ReferenceData[], code: TargetCode, unit: Figure['unit'], value: number | null, definition?: string): Figure {
  const target = targetOf(targets, code);
  return {
    code, label: target.name, value, target: target.value, unit,
    // A hair of tolerance: 27 / 30 must meet a 0.9 target whatever the float rounding.
    met: value === null ? null : value >= target.value - 1e-9,
    definition: definition ?? target.text,
  };
}

export function yearFigures(counts: YearCounts, targets: readonly ReferenceData[]): Figure[] {
  const rule = successRateRuleOf(targets);
  const figure = (code: TargetCode, unit: Figure['unit'], value: number | null, definition?: string): Figure =>
    figureAgainstTarget(targets, code, unit, value, definition);
  return [
    figure('mediationSuccessRate', 'ratio', successRate(counts.mediation, rule.denominator), rule.definition),
    figure('lawsStudiedBeforeMeetings', 'count', counts.lawsStudiedBeforeMeetings),
    figure('officerTrainings', 'count', counts.officerTrainings),
    figure('caseReviews', 'count', counts.caseReviews),
    figure('certifiedOfficerRate', 'ratio', ratio(counts.officers.certifiedValid, counts.officers.active),
      '在岗执法人员中执法证在有效期内的比例（持证率）'),
    publicLawyers(targets, figure),
  ];
}

/** 公职律师: a county-wide number the county types in 基础数据 (no ledger holds lawyers), against the plan's target. */
function publicLawyers(targets: readonly ReferenceData[], figure: (code: TargetCode, unit: Figure['unit'], value: number | null, definition?: string) => Figure): Figure {
  const entry = targets.find((candidate) => candidate.kind === 'setting' && candidate.code === publicLawyerCountSettingCode && candidate.active);
  const value = entry?.details.value ?? null;
  const definition = entry
    ? `全县现有公职律师人数，由县司法局在基础数据中填写（${entry.updatedBy.person}，${entry.updatedAt.slice(0, 10)}）`
    : '全县现有公职律师人数，县司法局尚未在基础数据中填写';
  return figure('publicLawyers', 'count', value, definition);
}
