// 较大数额 (行政处罚法 art. 63) and the fine from which a penalty counts as major and needs 法制审核
// (art. 58(1)(四): "法律、法规规定应当进行法制审核的其他情形", set by the province and county). The
// defaults follow a published county standard (巩义, see notes/domain.md [W19]); they are reference data
// the county may replace.

export interface EnforcementThresholds {
  /** A fine at or above this (yuan) needs 法制审核 before the decision. */
  legalReviewFine: { person: number; organisation: number };
}

export const defaultEnforcementThresholds: EnforcementThresholds = {
  legalReviewFine: { person: 10_000, organisation: 100_000 },
};
