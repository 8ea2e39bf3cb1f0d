// 较大数额 (行政处罚法 art. 63) and the fine from which a penalty counts as major and needs 法制审核
// (art. 58(1)(四): "法律、法规规定应当进行法制审核的其他情形", set by the province and county). The
// defaults follow a published county standard (巩义, see docs/domain.md [W19]); the county replaces them
// in 基础数据 as 'setting' entries (kind 'setting', `details.value`), so the reference schema stays as is.
import type { ReferenceData } from '../schemas/reference-data';

export interface EnforcementThresholds {
  /** A fine at or above this (yuan) needs 法制审核 before the decision. */
  legalReviewFine: { person: number; organisation: number };
}

export const defaultEnforcementThresholds: EnforcementThresholds = {
  legalReviewFine: { person: 10_000, organisation: 100_000 },
};

export type PartyKind = keyof EnforcementThresholds['legalReviewFine'];

/** `details.category` of the threshold settings, so 基础数据 can list them together. */
export const legalReviewFineCategory = 'legalReviewFine';

export const legalReviewFineSettings: Record<PartyKind, { code: string; name: string; text: string }> = {
  person: {
    code: 'legalReviewFinePerson',
    name: '须法制审核的罚款数额（公民）',
    text: '对公民罚款达到该数额的，作出决定前须经法制审核（行政处罚法第五十八条）',
  },
  organisation: {
    code: 'legalReviewFineOrganisation',
    name: '须法制审核的罚款数额（法人或者其他组织）',
    text: '对法人或者其他组织罚款达到该数额的，作出决定前须经法制审核（行政处罚法第五十八条）',
  },
};

const parties: readonly PartyKind[] = ['person', 'organisation'];

/**
 * The threshold entries as stored, or — for one this device has never had (installed before the county
 * could set them) — the default entry, written by `actor` at `now`. The defaults are built by it too.
 */
export function legalReviewFineEntries(settings: readonly ReferenceData[], now: string, actor: ReferenceData['updatedBy']): ReferenceData[] {
  return parties.map((party, index) => {
    const setting = legalReviewFineSettings[party];
    return settings.find((entry) => entry.kind === 'setting' && entry.code === setting.code) ?? {
      id: `setting:${setting.code}`,
      kind: 'setting',
      code: setting.code,
      name: setting.name,
      sortOrder: (index + 1) * 10,
      active: true,
      details: { category: legalReviewFineCategory, value: defaultEnforcementThresholds.legalReviewFine[party], text: setting.text },
      updatedAt: now,
      updatedBy: { ...actor },
    };
  });
}

/**
 * The county's amounts from its 'setting' entries, each falling back to the default while it has no active
 * entry. The form's and the store's rule contexts both read the thresholds through this function.
 */
export function thresholdsFromReference(settings: readonly ReferenceData[]): EnforcementThresholds {
  const valueOf = (party: PartyKind): number => {
    const entry = settings.find((candidate) => candidate.kind === 'setting' && candidate.active
      && candidate.code === legalReviewFineSettings[party].code);
    const value = entry?.details.value;
    return typeof value === 'number' && value > 0 ? value : defaultEnforcementThresholds.legalReviewFine[party];
  };
  return { legalReviewFine: { person: valueOf('person'), organisation: valueOf('organisation') } };
}
