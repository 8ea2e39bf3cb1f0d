// What the statistics page reads: the facts of the records listed between two dates, each kind through its
// (trashed, newestFirstKey) index range, so only the period's records are read. Only the fields the figures
// use are kept, so a county's year of records does not stay in memory whole (decision 022). Officers are a
// roster, not a period's events: every live one is read (a county holds hundreds), by its trashed index.
import { keyRangeForDates } from '#shared/domain/by-kind/newest-first-key';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { StatisticsRecords } from '#shared/domain/statistics/period-statistics';
import type { TaizhangDatabase } from './database';

export async function readStatisticsRecords(db: TaizhangDatabase, from: string, to: string): Promise<StatisticsRecords> {
  const inRange = (kind: LedgerKind) => ({ selector: { trashed: false, newestFirstKey: keyRangeForDates(kind, from, to) }, sort: [{ newestFirstKey: 'asc' as const }] });
  const [mediation, study, enforcement, reviews, officers] = await Promise.all([
    db.mediationCase.find(inRange('mediationCase')).exec(),
    db.studySession.find(inRange('studySession')).exec(),
    db.enforcementCase.find(inRange('enforcementCase')).exec(),
    db.caseReview.find(inRange('caseReview')).exec(),
    db.officer.find({ selector: { trashed: false }, sort: [{ newestFirstKey: 'asc' as const }] }).exec(),
  ]);
  return {
    mediation: mediation.map(({ townshipId, receivedOn, disputeType, source, status, agreement, escalation, parties }) => ({
      townshipId, receivedOn, disputeType, source, status,
      ...(agreement?.amount !== undefined ? { agreement: { amount: agreement.amount } } : {}),
      ...(escalation?.risk !== undefined ? { escalation: { risk: escalation.risk } } : {}),
      parties: parties.map(({ kind }) => ({ kind })),
    })),
    study: study.map(({ townshipId, heldOn, kind, lawIds, hours, participants }) => ({
      townshipId, heldOn, kind, lawIds: [...lawIds], hours, participants: participants.map(({ name }) => ({ name })),
    })),
    enforcement: enforcement.map(({ townshipId, procedure, stages, decision, legalReview }) => ({
      townshipId, procedure,
      stages: { filedOn: stages.filedOn, ...(stages.hearingHeldOn !== undefined ? { hearingHeldOn: stages.hearingHeldOn } : {}) },
      ...(decision ? { decision: { outcome: decision.outcome, ...(decision.fineAmount !== undefined ? { fineAmount: decision.fineAmount } : {}) } } : {}),
      ...(legalReview ? { legalReview: { reviewedOn: legalReview.reviewedOn } } : {}),
    })),
    reviews: reviews.map(({ townshipId, reviewedOn, grade }) => ({ townshipId, reviewedOn, grade })),
    officers: officers.map(({ townshipId, status, certificateExpiresOn }) => ({ townshipId, status, certificateExpiresOn })),
  };
}
