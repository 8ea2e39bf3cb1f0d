// The stage an enforcement case has reached: the furthest stage of 立案 → … → 结案 that carries a date.
import type { EnforcementCase, EnforcementStage } from '../schemas/enforcement-case';

type Stages = EnforcementCase['stages'];

/**
 * The dated steps of `stages` in procedural order — the one table of them: the stage a date reaches, the
 * date's name, and whether officers act on that day (the hearing request is the party's act).
 */
export const stageDates: readonly { field: keyof Stages; stage: EnforcementStage; label: string; officersAct: boolean }[] = [
  { field: 'filedOn', stage: 'filed', label: '立案日期', officersAct: true },
  { field: 'investigatedOn', stage: 'investigated', label: '调查取证日期', officersAct: true },
  { field: 'notifiedOn', stage: 'notified', label: '告知日期', officersAct: true },
  { field: 'hearingRequestedOn', stage: 'hearing', label: '申请听证日期', officersAct: false },
  { field: 'hearingHeldOn', stage: 'hearing', label: '听证日期', officersAct: true },
  { field: 'decidedOn', stage: 'decided', label: '决定日期', officersAct: true },
  { field: 'servedOn', stage: 'served', label: '送达日期', officersAct: true },
  { field: 'executedOn', stage: 'executed', label: '执行日期', officersAct: true },
  { field: 'closedOn', stage: 'closed', label: '结案日期', officersAct: true },
];

export function enforcementStageOf(stages: Stages): EnforcementStage {
  let reached: EnforcementStage = 'filed';
  for (const { stage, field } of stageDates) {
    if (typeof stages[field] === 'string' && stages[field] !== '') reached = stage;
  }
  return reached;
}
