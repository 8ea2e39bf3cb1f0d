// 重大执法决定法制审核 (行政处罚法 art. 58) and the statutory clocks checked when a case is saved: the
// decision within 90 days (art. 60), service within 7 working days (art. 61), the hearing window (art. 64),
// publicity within 7/20 working days (三项制度), and the full-process record (art. 47).
import type { Draft } from '../draft';
import { decisionDueOn, hearingRequestDueOn, publicityDueOn, publicityWithdrawalDueOn, publicityWorkingDays, serviceDueOn } from '../deadlines/periods';
import { legalReviewOpinionLabels, publicityChangeKindLabels } from '../labels';
import { defaultEnforcementThresholds, type EnforcementThresholds } from '../reference/thresholds';
import { enforcementCaseSchema, type EnforcementCase } from '../schemas/enforcement-case';
import type { RuleContext } from './context';
import type { IssueList} from './shape';
import { checkDate, checkEnum, checkText, listOf } from './shape';

type EnforcementDraft = Draft<'enforcementCase'>;
type StageDates = Partial<Record<keyof EnforcementCase['stages'], string>>;
const props = enforcementCaseSchema.properties;

export function checkEnforcementReview(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  checkLegalReview(issues, draft, context, stages);
  checkClocks(issues, draft, context, stages);
  checkPublicity(issues, draft, context, stages);
  if (draft.procedure === 'ordinary' && stages.decidedOn && listOf(draft.recordings).length === 0) {
    issues.warning('ENF_RECORDINGS_MISSING', '尚未登记执法全过程记录（行政处罚法第四十七条），请登记立案、调查取证、决定、送达等环节的文字或音像记录', 'recordings');
  }
}

function checkLegalReview(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const review = draft.legalReview;
  if (review) {
    checkDate(issues, review.reviewedOn, 'legalReview.reviewedOn', '法制审核日期', { required: true, notAfter: context.today });
    checkText(issues, review.reviewer, 'legalReview.reviewer', '法制审核人员', { required: true, maxLength: props.legalReview.properties.reviewer.maxLength });
    checkEnum(issues, review.opinion, legalReviewOpinionLabels, 'legalReview.opinion', '法制审核意见');
    checkText(issues, review.note, 'legalReview.note', '审核意见说明', { maxLength: props.legalReview.properties.note.maxLength });
  }
  const decided = stages.decidedOn !== undefined || draft.decision !== undefined;
  const requiredBy = decided ? legalReviewRequiredBy(draft, stages, context.thresholds ?? defaultEnforcementThresholds) : null;
  if (!requiredBy) return;
  if (!review) {
    issues.error('ENF_LEGAL_REVIEW_MISSING', `${requiredBy}，须在作出决定前经法制审核（行政处罚法第五十八条），请填写法制审核情况`, 'legalReview');
    return;
  }
  if (stages.decidedOn && typeof review.reviewedOn === 'string' && review.reviewedOn > stages.decidedOn) {
    issues.error('ENF_LEGAL_REVIEW_AFTER_DECISION', `法制审核日期${review.reviewedOn}晚于决定日期${stages.decidedOn}；${requiredBy}，应先审核后决定（行政处罚法第五十八条）`, 'legalReview.reviewedOn');
  }
  if (review.opinion !== 'approve') {
    issues.error('ENF_LEGAL_REVIEW_NOT_APPROVED', `法制审核意见为“${legalReviewOpinionLabels[review.opinion] ?? review.opinion}”，未经审核同意不得作出决定（行政处罚法第五十八条）；请按审核意见修改后重新报审`, 'legalReview.opinion');
  }
}

/**
 * Why this case needs 法制审核 before its decision (行政处罚法 art. 58), or null: marked 重大 (art. 58(1)(一)(三)),
 * decided after a hearing (art. 58(1)(二)), or a fine at or above the county's amount (art. 58(1)(四)).
 */
export function legalReviewRequiredBy(draft: EnforcementDraft, stages: StageDates, thresholds: EnforcementThresholds): string | null {
  if (draft.major) return '重大执法决定';
  if (stages.hearingHeldOn) return `本案已于${stages.hearingHeldOn}举行听证`;
  const fine = draft.decision?.outcome === 'penalty' ? draft.decision.fineAmount : undefined;
  if (typeof fine === 'number') {
    const organisation = draft.party?.kind === 'organisation';
    const limit = organisation ? thresholds.legalReviewFine.organisation : thresholds.legalReviewFine.person;
    if (fine >= limit) return `对${organisation ? '法人或者其他组织' : '公民'}罚款${fine}元，达到本县须法制审核的数额（${limit}元）`;
  }
  return null;
}

function checkClocks(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const { calendar } = context;
  if (draft.category === 'penalty' && draft.procedure === 'ordinary' && stages.filedOn && stages.decidedOn) {
    const dueOn = decisionDueOn(calendar, stages.filedOn);
    if (stages.decidedOn > dueOn) {
      issues.warning('ENF_DECISION_LATE', `行政处罚应自立案之日起九十日内作出决定（行政处罚法第六十条），期限至${dueOn}，实际于${stages.decidedOn}决定；如经批准延长，请在附件中留存批准材料`, 'stages.decidedOn');
    }
  }
  if (draft.category === 'penalty' && stages.decidedOn && stages.servedOn) {
    const dueOn = serviceDueOn(calendar, stages.decidedOn);
    if (stages.servedOn > dueOn) {
      issues.warning('ENF_SERVICE_LATE', `处罚决定书应在决定后七个工作日内送达（行政处罚法第六十一条、第八十五条），期限至${dueOn}，实际于${stages.servedOn}送达`, 'stages.servedOn');
    }
  }
  if (draft.procedure === 'ordinary' && stages.notifiedOn && stages.decidedOn && !stages.hearingRequestedOn) {
    const windowEnds = hearingRequestDueOn(calendar, stages.notifiedOn);
    if (stages.decidedOn <= windowEnds) {
      issues.warning('ENF_DECIDED_IN_HEARING_WINDOW', `告知后当事人可在五个工作日内（至${windowEnds}）要求听证（行政处罚法第六十四条），决定日期${stages.decidedOn}在此期限内；请确认当事人已明确放弃听证`, 'stages.decidedOn');
    }
  }
}

function checkPublicity(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const publicity = draft.publicity;
  if (!publicity) return;
  const publishedOn = checkDate(issues, publicity.publishedOn, 'publicity.publishedOn', '公示日期', { required: true, notAfter: context.today });
  checkText(issues, publicity.channel, 'publicity.channel', '公示渠道', { required: true, maxLength: props.publicity.properties.channel.maxLength });
  checkWithdrawal(issues, publicity, context);
  if (!publishedOn || !stages.decidedOn) return;
  if (publishedOn < stages.decidedOn) {
    issues.error('ENF_PUBLICITY_BEFORE_DECISION', `公示日期${publishedOn}早于决定日期${stages.decidedOn}，请核对`, 'publicity.publishedOn');
    return;
  }
  const days = publicityWorkingDays(draft.category);
  const dueOn = publicityDueOn(context.calendar, draft.category, stages.decidedOn);
  if (publishedOn > dueOn) {
    issues.warning('ENF_PUBLICITY_LATE', `执法决定应在${days}个工作日内公示（国办发〔2018〕118号），期限至${dueOn}，实际于${publishedOn}公示`, 'publicity.publishedOn');
  }
}

/** 行政处罚法 art. 48(2): a published decision later changed, revoked, or confirmed illegal or void is withdrawn within 3 days. */
function checkWithdrawal(issues: IssueList, publicity: NonNullable<EnforcementDraft['publicity']>, context: RuleContext): void {
  const changedOn = checkDate(issues, publicity.changedOn, 'publicity.changedOn', '决定被变更或撤销的日期', { notAfter: context.today });
  checkEnum(issues, publicity.changeKind, publicityChangeKindLabels, 'publicity.changeKind', '决定变更情形', changedOn !== undefined);
  const withdrawnOn = checkDate(issues, publicity.withdrawnOn, 'publicity.withdrawnOn', '撤回公示日期', { notAfter: context.today });
  if (withdrawnOn && !changedOn) {
    issues.error('FIELD_REQUIRED', '已填写撤回公示日期，请填写决定被变更、撤销或确认违法、无效的日期', 'publicity.changedOn');
  }
  if (!changedOn) return;
  const dueOn = publicityWithdrawalDueOn(context.calendar, changedOn);
  const kind = publicity.changeKind ? publicityChangeKindLabels[publicity.changeKind] ?? '' : '被变更或撤销';
  if (withdrawnOn && withdrawnOn < changedOn) {
    issues.error('ENF_STAGE_ORDER', `撤回公示日期${withdrawnOn}早于决定${kind}的日期${changedOn}，请核对`, 'publicity.withdrawnOn');
  } else if (withdrawnOn ? withdrawnOn > dueOn : context.today > dueOn) {
    issues.warning(withdrawnOn ? 'ENF_PUBLICITY_WITHDRAWN_LATE' : 'ENF_PUBLICITY_NOT_WITHDRAWN',
      `公开的行政处罚决定${kind}的，应当在三日（工作日）内撤回决定信息并公开说明理由（行政处罚法第四十八条第二款、第八十五条），期限至${dueOn}，${withdrawnOn ? `实际于${withdrawnOn}撤回` : '请撤回公示并填写撤回日期'}`,
      'publicity.withdrawnOn');
  }
}
