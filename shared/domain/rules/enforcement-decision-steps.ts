// The agency's side before and at the decision: 先行登记保存 handled within 7 working days (行政处罚法
// art. 56, 85), the heads' 集体讨论 of a major case (art. 57(2)), a first-time 法制审核 reviewer holding the
// legal-profession qualification (art. 58(2)), and what the 决定书 states (art. 59; on the spot art. 52).
import type { Draft } from '../draft';
import { preservationDueOn } from '../deadlines/periods';
import { enforcementCaseSchema, type EnforcementCase } from '../schemas/enforcement-case';
import type { RuleContext } from './context';
import { checkDate, checkText, isBlank, type IssueList } from './shape';

type EnforcementDraft = Draft<'enforcementCase'>;
type StageDates = Partial<Record<keyof EnforcementCase['stages'], string>>;
type Decision = NonNullable<EnforcementCase['decision']>;
const props = enforcementCaseSchema.properties;

export function checkEnforcementDecisionSteps(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  checkPreservation(issues, draft, context);
  checkCollectiveDiscussion(issues, draft, context, stages);
  checkReviewerQualification(issues, draft);
  checkDecisionDocument(issues, draft, context, stages);
}

function checkPreservation(issues: IssueList, draft: EnforcementDraft, context: RuleContext): void {
  const preservation = draft.evidencePreservation;
  if (!preservation) return;
  const registeredOn = checkDate(issues, preservation.registeredOn, 'evidencePreservation.registeredOn', '先行登记保存日期', { required: true, notAfter: context.today });
  checkText(issues, preservation.items, 'evidencePreservation.items', '登记保存的物品', { maxLength: props.evidencePreservation.properties.items.maxLength });
  const handledOn = checkDate(issues, preservation.handledOn, 'evidencePreservation.handledOn', '处理决定日期', { notAfter: context.today });
  if (!registeredOn) return;
  const dueOn = preservationDueOn(context.calendar, registeredOn);
  if (handledOn && handledOn < registeredOn) {
    issues.error('ENF_STAGE_ORDER', `处理决定日期${handledOn}早于先行登记保存日期${registeredOn}，请核对`, 'evidencePreservation.handledOn');
  } else if (handledOn ? handledOn > dueOn : context.today > dueOn) {
    issues.warning('ENF_PRESERVATION_LATE',
      `先行登记保存的证据，应当在七日（工作日）内及时作出处理决定（行政处罚法第五十六条、第八十五条），期限至${dueOn}，${handledOn ? `实际于${handledOn}处理` : '至今尚未填写处理决定日期'}`,
      'evidencePreservation.handledOn');
  }
}

/** Penalty decisions of a case marked 重大 are made by the heads' collective discussion (art. 57(2)). */
function checkCollectiveDiscussion(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const discussion = draft.collectiveDiscussion;
  const discussedOn = discussion
    ? checkDate(issues, discussion.discussedOn, 'collectiveDiscussion.discussedOn', '集体讨论日期', { required: true, notAfter: context.today })
    : undefined;
  if (discussion) {
    const fields = props.collectiveDiscussion.properties;
    checkText(issues, discussion.participants, 'collectiveDiscussion.participants', '参加讨论的负责人', { required: true, maxLength: fields.participants.maxLength });
    checkText(issues, discussion.conclusion, 'collectiveDiscussion.conclusion', '集体讨论结论', { required: true, maxLength: fields.conclusion.maxLength });
  }
  const penaltyDecided = draft.category === 'penalty' && draft.decision?.outcome === 'penalty';
  if (!draft.major || !penaltyDecided) return;
  if (!discussion) {
    issues.error('ENF_COLLECTIVE_DISCUSSION_MISSING',
      '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定（行政处罚法第五十七条第二款）；请填写集体讨论的日期、参加人员和结论', 'collectiveDiscussion');
    return;
  }
  if (discussedOn && stages.decidedOn && discussedOn > stages.decidedOn) {
    issues.error('ENF_COLLECTIVE_DISCUSSION_AFTER_DECISION',
      `集体讨论日期${discussedOn}晚于决定日期${stages.decidedOn}：重大违法行为的处罚应由负责人集体讨论后决定（行政处罚法第五十七条第二款）；请核对日期`, 'collectiveDiscussion.discussedOn');
  }
}

function checkReviewerQualification(issues: IssueList, draft: EnforcementDraft): void {
  const review = draft.legalReview;
  if (!review) return;
  if (review.firstTime === true && review.legalProfessionQualified !== true) {
    issues.error('ENF_REVIEWER_UNQUALIFIED',
      `初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格（行政处罚法第五十八条第二款）；审核人员${review.reviewer}未取得该资格，请由具备资格的人员审核`,
      'legalReview.legalProfessionQualified');
  } else if (review.firstTime === undefined) {
    issues.warning('ENF_REVIEWER_QUALIFICATION_UNKNOWN',
      '请注明法制审核人员是否初次从事法制审核：初次从事的应当取得法律职业资格（行政处罚法第五十八条第二款）', 'legalReview.firstTime');
  }
}

interface DocumentItem { field: keyof Decision; label: string; basis: string }

/** What a 决定书 states beyond facts, basis and penalty (checked elsewhere): art. 59 for 普通程序, art. 52 on the spot. */
const ordinaryItems: readonly DocumentItem[] = [
  { field: 'performance', label: '行政处罚的履行方式和期限', basis: '行政处罚法第五十九条第一款第四项' },
  { field: 'remedies', label: '申请行政复议、提起行政诉讼的途径和期限', basis: '行政处罚法第五十九条第一款第五项' },
  { field: 'agencyName', label: '作出决定的行政机关名称', basis: '行政处罚法第五十九条第一款第六项' },
  { field: 'sealedOn', label: '行政机关印章（盖章日期）', basis: '行政处罚法第五十九条第二款' },
];
const simpleItems: readonly DocumentItem[] = [
  ...ordinaryItems.filter((item) => item.field === 'remedies' || item.field === 'agencyName')
    .map((item) => ({ ...item, basis: '行政处罚法第五十二条' })),
  { field: 'place', label: '作出处罚的地点', basis: '行政处罚法第五十二条' },
];

/**
 * One warning per item a penalty's 决定书 does not state here. A warning, not an error: the paper 决定书 is the
 * legal act, and cases decided before these fields existed must still save edits (decision 016).
 */
function checkDecisionDocument(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const decision = draft.decision;
  if (!decision) return;
  const fields = props.decision.properties;
  checkText(issues, decision.performance, 'decision.performance', '履行方式和期限', { maxLength: fields.performance.maxLength });
  checkText(issues, decision.remedies, 'decision.remedies', '复议、诉讼的途径和期限', { maxLength: fields.remedies.maxLength });
  checkText(issues, decision.agencyName, 'decision.agencyName', '行政机关名称', { maxLength: fields.agencyName.maxLength });
  checkText(issues, decision.place, 'decision.place', '处罚地点', { maxLength: fields.place.maxLength });
  const sealedOn = checkDate(issues, decision.sealedOn, 'decision.sealedOn', '盖章日期', { notAfter: context.today });
  if (sealedOn && stages.decidedOn && sealedOn < stages.decidedOn) {
    issues.error('ENF_STAGE_ORDER', `决定书盖章日期${sealedOn}早于决定日期${stages.decidedOn}，请核对`, 'decision.sealedOn');
  }
  if (draft.category !== 'penalty' || decision.outcome !== 'penalty') return;
  const items = draft.procedure === 'simple' ? simpleItems : ordinaryItems;
  for (const item of items) {
    if (isBlank(decision[item.field])) {
      issues.warning('ENF_DECISION_DOCUMENT_INCOMPLETE', `行政处罚决定书应当载明“${item.label}”（${item.basis}），请按决定书填写`, `decision.${item.field}`);
    }
  }
}
