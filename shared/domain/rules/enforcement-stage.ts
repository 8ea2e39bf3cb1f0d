// The stage an enforcement case has reached: the furthest stage of 立案 → … → 结案 that carries a date.
import type { EnforcementCase, EnforcementStage } from '../schemas/enforcement-case';

type Stages = EnforcementCase['stages'];

/** Each stage and the `stages` fields whose date means it has been reached, in procedural order. */
export const stageDateFields: readonly { stage: EnforcementStage; fields: readonly (keyof Stages)[] }[] = [
  { stage: 'filed', fields: ['filedOn'] },
  { stage: 'investigated', fields: ['investigatedOn'] },
  { stage: 'notified', fields: ['notifiedOn'] },
  { stage: 'hearing', fields: ['hearingRequestedOn', 'hearingHeldOn'] },
  { stage: 'decided', fields: ['decidedOn'] },
  { stage: 'served', fields: ['servedOn'] },
  { stage: 'executed', fields: ['executedOn'] },
  { stage: 'closed', fields: ['closedOn'] },
];

export function enforcementStageOf(stages: Stages): EnforcementStage {
  let reached: EnforcementStage = 'filed';
  for (const { stage, fields } of stageDateFields) {
    if (fields.some((field) => typeof stages[field] === 'string' && stages[field] !== '')) reached = stage;
  }
  return reached;
}
