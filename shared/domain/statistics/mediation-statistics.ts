// 人民调解 figures of a set of cases (one township's or the county's, in one period): 受理 by dispute type and
// by 案件来源, the outcomes and the success rate, 协议涉及金额 and 防止民转刑. Cases count by 收案日期 and by
// where they stand now, as the dashboard's yearly counts do (decision 022).
import type { MediationSource } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { SuccessRateDenominator } from '../reference/targets';
import { successRate } from '../figures/success-rate';
import { countBy, sumOf } from './tally';

/** What the statistics read of a mediation case: no names, no personal fields. */
export type MediationFacts = Pick<MediationCase, 'townshipId' | 'receivedOn' | 'disputeType' | 'source' | 'status'>
  & { agreement?: Pick<NonNullable<MediationCase['agreement']>, 'amount'>; escalation?: Pick<NonNullable<MediationCase['escalation']>, 'risk'> }
  & { parties: readonly Pick<MediationCase['parties'][number], 'kind'>[] };

/** The facts of one case the figures read. */
export const mediationFactsOf = ({ townshipId, receivedOn, disputeType, source, status, agreement, escalation, parties }: MediationCase): MediationFacts => ({
  townshipId, receivedOn, disputeType, source, status,
  ...(agreement?.amount !== undefined ? { agreement: { amount: agreement.amount } } : {}),
  ...(escalation?.risk !== undefined ? { escalation: { risk: escalation.risk } } : {}),
  parties: parties.map(({ kind }) => ({ kind })),
});

export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  received: number;
  succeeded: number;
  successRate: number | null;
  /** No dispute received that month: the month is reported as 零上报, not left out. */
  zeroReport: boolean;
}

export interface MediationFigures {
  received: number;
  succeeded: number;
  failed: number;
  terminated: number;
  /** Received and not closed yet (已受理 / 调解中). */
  open: number;
  successRate: number | null;
  byDisputeType: Readonly<Record<string, number>>;
  bySource: Readonly<Partial<Record<MediationSource, number>>>;
  /** 协议涉及金额 (元) of the cases mediated to success. */
  agreementAmount: number;
  /** 防止民转刑: cases flagged 纠纷有激化可能 and mediated to success, and the natural persons among their parties. */
  preventedEscalation: { cases: number; persons: number };
  /** One entry per month of the period, in order, months without a case included. */
  months: MonthFigures[];
}

export function mediationFigures(cases: readonly MediationFacts[], months: readonly string[], denominator: SuccessRateDenominator): MediationFigures {
  const status = countBy(cases, (each) => each.status);
  const outcomes = (group: readonly MediationFacts[]) => {
    const counts = countBy(group, (each) => each.status);
    return { received: group.length, succeeded: counts.succeeded ?? 0, failed: counts.failed ?? 0, terminated: counts.terminated ?? 0 };
  };
  const whole = outcomes(cases);
  const succeeded = cases.filter((each) => each.status === 'succeeded');
  const prevented = succeeded.filter((each) => each.escalation?.risk === true);
  return {
    ...whole,
    open: (status.accepted ?? 0) + (status.mediating ?? 0),
    successRate: successRate(whole, denominator),
    byDisputeType: countBy(cases, (each) => each.disputeType),
    bySource: countBy(cases, (each) => each.source),
    agreementAmount: sumOf(succeeded, (each) => each.agreement?.amount),
    preventedEscalation: {
      cases: prevented.length,
      persons: sumOf(prevented, (each) => each.parties.filter((party) => party.kind === 'person').length),
    },
    months: months.map((month) => {
      const counts = outcomes(cases.filter((each) => each.receivedOn.startsWith(`${month}-`)));
      return { month, received: counts.received, succeeded: counts.succeeded, successRate: successRate(counts, denominator), zeroReport: counts.received === 0 };
    }),
  };
}
