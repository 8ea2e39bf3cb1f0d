// 行政执法 figures of a set of cases (by 立案日期): by procedure, by the decision's outcome (or none yet),
// how many went through 法制审核 and 听证, and the fines decided.
import type { DecisionOutcome, EnforcementProcedure } from '../labels';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { countBy, sumOf } from './tally';

export type EnforcementFacts = Pick<EnforcementCase, 'townshipId' | 'procedure'>
  & { stages: Pick<EnforcementCase['stages'], 'filedOn' | 'hearingHeldOn'> }
  & { decision?: Pick<NonNullable<EnforcementCase['decision']>, 'outcome' | 'fineAmount'>; legalReview?: Pick<NonNullable<EnforcementCase['legalReview']>, 'reviewedOn'> };

/** The facts of one case the figures read. */
export const enforcementFactsOf = ({ townshipId, procedure, stages, decision, legalReview }: EnforcementCase): EnforcementFacts => ({
  townshipId, procedure,
  stages: { filedOn: stages.filedOn, ...(stages.hearingHeldOn !== undefined ? { hearingHeldOn: stages.hearingHeldOn } : {}) },
  ...(decision ? { decision: { outcome: decision.outcome, ...(decision.fineAmount !== undefined ? { fineAmount: decision.fineAmount } : {}) } } : {}),
  ...(legalReview ? { legalReview: { reviewedOn: legalReview.reviewedOn } } : {}),
});

/** A case without a decision yet is 'undecided'. */
export type OutcomeOrUndecided = DecisionOutcome | 'undecided';

export interface EnforcementFigures {
  cases: number;
  byProcedure: Readonly<Partial<Record<EnforcementProcedure, number>>>;
  byOutcome: Readonly<Partial<Record<OutcomeOrUndecided, number>>>;
  /** Cases whose 法制审核 is recorded. */
  legalReviews: number;
  /** Cases whose 听证 was held. */
  hearings: number;
  /** 罚款 (元) of the decisions to penalise. */
  fines: number;
}

export function enforcementFigures(cases: readonly EnforcementFacts[]): EnforcementFigures {
  return {
    cases: cases.length,
    byProcedure: countBy(cases, (each) => each.procedure),
    byOutcome: countBy(cases, (each): OutcomeOrUndecided => each.decision?.outcome ?? 'undecided'),
    legalReviews: cases.filter((each) => each.legalReview !== undefined).length,
    hearings: cases.filter((each) => each.stages.hearingHeldOn !== undefined).length,
    fines: sumOf(cases, (each) => (each.decision?.outcome === 'penalty' ? each.decision.fineAmount : 0)),
  };
}
