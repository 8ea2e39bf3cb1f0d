// The penalty procedure's order of acts that a 案卷评查 marks as veto items when broken: 告知 before any
// penalty decision (行政处罚法 art. 44, 62; on the spot under 简易程序, art. 52), a requested hearing
// held before the decision (arts. 64, 65), and a case closed only once its decision was served (art. 61) and
// executed, or with a recorded reason (arts. 66, 67, 72).
import type { Draft } from '../draft';
import { hearingRequestDueOn } from '../deadlines/periods';
import { closingReasonLabels } from '../labels';
import { enforcementCaseSchema, type EnforcementCase } from '../schemas/enforcement-case';
import type { RuleContext } from './context';
import { checkEnum, checkText, isBlank, type IssueList } from './shape';

type EnforcementDraft = Draft<'enforcementCase'>;
type StageDates = Partial<Record<keyof EnforcementCase['stages'], string>>;

export function checkEnforcementProcedure(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  checkNotice(issues, draft, stages);
  checkHearing(issues, draft, context, stages);
  if (stages.closedOn && draft.decision && !stages.servedOn) {
    issues.error('ENF_CLOSED_WITHOUT_SERVICE',
      '决定书尚未送达，不能结案：行政处罚决定书应当送达当事人（行政处罚法第六十一条），请先填写送达日期', 'stages.servedOn');
  }
  checkClosing(issues, draft, stages);
}

/** Outcomes that leave nothing to execute: the outcome itself is the reason the case closes. */
const nothingToExecute = new Set(['noPenalty', 'notEstablished', 'transfer']);

/** A case closes once executed, or with a recorded reason (终止, 移送, 申请法院强制执行 under art. 72 …). */
function checkClosing(issues: IssueList, draft: EnforcementDraft, stages: StageDates): void {
  const closing = draft.closing;
  checkEnum(issues, closing?.reason, closingReasonLabels, 'closing.reason', '结案理由', false);
  checkText(issues, closing?.note, 'closing.note', '结案说明', { required: closing?.reason === 'other', maxLength: enforcementCaseSchema.properties.closing.properties.note.maxLength });
  if (!stages.closedOn || stages.executedOn || !isBlank(closing?.reason)) return;
  const outcome = draft.decision?.outcome;
  if (outcome !== undefined && nothingToExecute.has(outcome)) return;
  if (draft.category !== 'penalty' && !draft.decision) return;
  issues.error('ENF_CLOSED_WITHOUT_EXECUTION',
    '处罚决定尚未执行，不能结案：当事人应当在决定书载明的期限内履行（行政处罚法第六十六条、第六十七条）；请填写执行日期，或选择结案理由（终止调查、移送、已申请人民法院强制执行（第七十二条）等）',
    'closing.reason');
}

/** A penalty decided is one whose outcome is a penalty (不予处罚、不成立、移送 need no 告知 of a penalty). */
const decidesPenalty = (draft: EnforcementDraft): boolean => draft.category === 'penalty' && draft.decision?.outcome === 'penalty';

function checkNotice(issues: IssueList, draft: EnforcementDraft, stages: StageDates): void {
  if (!decidesPenalty(draft) || stages.notifiedOn) return;
  const message = draft.procedure === 'simple'
    ? '简易程序当场处罚前，也须当场告知当事人处罚的事实、理由和依据及陈述、申辩的权利（行政处罚法第四十四条、第五十二条）；请填写告知日期（可与决定日期为同一天）'
    : '未告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利，不得作出行政处罚决定（行政处罚法第四十四条、第六十二条）；请填写告知日期';
  issues.error('ENF_NOTICE_MISSING', message, 'stages.notifiedOn');
}

function checkHearing(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const requestedOn = stages.hearingRequestedOn;
  if (!requestedOn) return;
  if (stages.notifiedOn) {
    const windowEnds = hearingRequestDueOn(context.calendar, stages.notifiedOn);
    if (requestedOn > windowEnds) {
      issues.warning('ENF_HEARING_REQUEST_LATE',
        `当事人应在告知后五个工作日内（至${windowEnds}）提出听证要求（行政处罚法第六十四条第一项），申请日期${requestedOn}已超过期限；如仍组织听证，请在附件中说明`, 'stages.hearingRequestedOn');
    }
  }
  if ((stages.decidedOn || draft.decision) && !stages.hearingHeldOn) {
    issues.error('ENF_HEARING_NOT_HELD',
      `当事人已于${requestedOn}要求听证，应当组织听证，听证结束后才能作出决定（行政处罚法第六十二条、第六十五条）；请填写听证日期。当事人撤回听证申请的，请删除申请听证日期并在附件中留存撤回材料`, 'stages.hearingHeldOn');
  }
}
