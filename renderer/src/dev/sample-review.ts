// Sample 案卷评查: the county reviews closed enforcement case files — 20 form points, 80 content
// points, a veto item now and then.
import type { Draft } from '#shared/domain/draft';
import type { Random } from './prng';
import { addDays, dayBetween, earlier, samplePersonName, type SampleContext } from './sample-context';

type ReviewDraft = Draft<'caseReview'>;

/** What a review maker needs to know of an enforcement case the store saved. */
export interface SampleEnforcementRef {
  id: string;
  /** 结案 date; only closed cases are reviewed. */
  closedOn?: string;
}

const FINDINGS = [
  '案卷材料齐全，装订规范，文书制作较规范。',
  '证据材料基本充分，个别询问笔录未由当事人逐页签字。',
  '处罚决定书对裁量理由说明不够充分，建议加强说理。',
  '卷内目录与页码不一致，送达回证填写不完整。',
] as const;

export function sampleCaseReview(random: Random, context: SampleContext, cases: readonly SampleEnforcementRef[]): ReviewDraft {
  const closed = cases.filter((item) => item.closedOn && item.closedOn < context.today);
  if (closed.length === 0) throw new Error('SAMPLE_NO_CLOSED_CASE: 没有已结案的执法案件可供评查');
  const reviewed = random.pick(closed);
  const closedOn = reviewed.closedOn ?? context.today;
  return {
    enforcementCaseId: reviewed.id,
    reviewedUnit: `${context.township.name}综合行政执法办公室`,
    reviewedOn: dayBetween(random, addDays(closedOn, 1), earlier(addDays(closedOn, 120), context.today)),
    reviewer: `县司法局${samplePersonName(random, random.chance(0.5) ? 'male' : 'female')}`,
    vetoItems: [],
    formScore: random.int(28, 40) / 2,
    contentScore: random.int(110, 160) / 2,
    findings: random.sample(FINDINGS, random.int(1, 2)).join(''),
  };
}
