// The party's side of the penalty procedure: 陈述申辩 heard and reviewed, never answered by a heavier
// penalty (行政处罚法 art. 45), and a hearing noticed 7 working days ahead and hosted by someone who did not
// investigate the case (art. 64(二)(四), art. 85).
import type { Draft } from '../draft';
import { statementFormLabels, statementReviewResultLabels } from '../labels';
import { enforcementCaseSchema, type EnforcementCase } from '../schemas/enforcement-case';
import type { RuleContext } from './context';
import { checkDate, checkEnum, checkNumber, checkText, isBlank, listOf, textOf, type IssueList } from './shape';

type EnforcementDraft = Draft<'enforcementCase'>;
type StageDates = Partial<Record<keyof EnforcementCase['stages'], string>>;
const props = enforcementCaseSchema.properties;

/** 行政处罚法 art. 64(二) with art. 85: the hearing's time and place are noticed 7 working days before it. */
export const hearingNoticeWorkingDays = 7;

export function checkEnforcementDefence(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  checkNoticeProposal(issues, draft);
  checkStatement(issues, draft, context, stages);
  checkHearingNotice(issues, draft, context, stages);
  checkHearingHost(issues, draft, context, stages);
}

function checkNoticeProposal(issues: IssueList, draft: EnforcementDraft): void {
  checkText(issues, draft.notice?.proposedContent, 'notice.proposedContent', '告知书拟作出的处罚', { maxLength: props.notice.properties.proposedContent.maxLength });
  checkNumber(issues, draft.notice?.proposedFine, 'notice.proposedFine', '告知书拟罚款金额', { min: 0, max: 1e12, unit: '元' });
}

const decided = (draft: EnforcementDraft, stages: StageDates): boolean => stages.decidedOn !== undefined || draft.decision !== undefined;

function checkStatement(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const statement = draft.statement;
  if (!statement) return;
  const labels = { madeOn: '陈述申辩日期', reviewedOn: '复核日期' };
  const madeOn = checkDate(issues, statement.madeOn, 'statement.madeOn', labels.madeOn, { required: true, notAfter: context.today });
  checkEnum(issues, statement.form, statementFormLabels, 'statement.form', '陈述申辩形式');
  checkText(issues, statement.summary, 'statement.summary', '陈述申辩内容摘要', { required: true, maxLength: props.statement.properties.summary.maxLength });
  const reviewedOn = checkDate(issues, statement.reviewedOn, 'statement.reviewedOn', labels.reviewedOn, { notAfter: context.today });
  checkEnum(issues, statement.reviewResult, statementReviewResultLabels, 'statement.reviewResult', '复核结果', false);
  checkText(issues, statement.reviewReason, 'statement.reviewReason', '复核理由', { maxLength: props.statement.properties.reviewReason.maxLength });

  if (decided(draft, stages) && isBlank(statement.reviewResult)) {
    issues.error('ENF_STATEMENT_NOT_REVIEWED',
      `当事人${madeOn ? `已于${madeOn}` : '已'}陈述申辩，行政机关应当对其提出的事实、理由和证据进行复核（行政处罚法第四十五条第一款），复核后才能作出决定；请填写复核结果和理由`,
      'statement.reviewResult');
  }
  if ((statement.reviewResult === 'partly' || statement.reviewResult === 'rejected') && isBlank(statement.reviewReason)) {
    issues.error('ENF_STATEMENT_REVIEW_REASON_MISSING',
      '当事人提出的事实、理由或者证据成立的，行政机关应当采纳（行政处罚法第四十五条第一款）；不予采纳或部分采纳的，请写明复核理由', 'statement.reviewReason');
  }
  if (reviewedOn && stages.decidedOn && reviewedOn > stages.decidedOn) {
    issues.error('ENF_STATEMENT_REVIEW_AFTER_DECISION',
      `复核日期${reviewedOn}晚于决定日期${stages.decidedOn}：应先复核当事人的陈述申辩，再作出决定（行政处罚法第四十五条）；请核对日期`, 'statement.reviewedOn');
  }
  checkNotHeavier(issues, draft);
}

/** art. 45(2): the decided fine may not exceed the fine proposed in the 告知 once the party has argued. */
function checkNotHeavier(issues: IssueList, draft: EnforcementDraft): void {
  const fine = draft.decision?.outcome === 'penalty' ? draft.decision.fineAmount : undefined;
  if (typeof fine !== 'number') return;
  const proposed = draft.notice?.proposedFine;
  if (typeof proposed !== 'number') {
    issues.warning('ENF_PROPOSED_PENALTY_MISSING',
      '当事人陈述申辩后不得给予更重的处罚（行政处罚法第四十五条第二款）；请填写告知书中的拟罚款金额，以便核对', 'notice.proposedFine');
    return;
  }
  if (fine > proposed) {
    issues.error('ENF_PENALTY_HEAVIER_AFTER_STATEMENT',
      `行政机关不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条第二款）：告知拟罚款${proposed}元，决定罚款${fine}元；请核对决定金额，或重新告知后再决定`,
      'decision.fineAmount');
  }
}

function checkHearingNotice(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const hearing = draft.hearing;
  const noticeOn = checkDate(issues, hearing?.noticeOn, 'hearing.noticeOn', '听证通知日期', { notAfter: context.today });
  checkText(issues, hearing?.place, 'hearing.place', '听证地点', { maxLength: props.hearing.properties.place.maxLength });
  const heldOn = stages.hearingHeldOn;
  if (!heldOn) return;
  if (!noticeOn) {
    issues.warning('ENF_HEARING_NOTICE_MISSING',
      `本案已于${heldOn}举行听证；行政机关应当在听证的七日前通知当事人听证的时间、地点（行政处罚法第六十四条第二项），请填写听证通知日期和地点`, 'hearing.noticeOn');
    return;
  }
  const latest = context.calendar.addWorkingDays(heldOn, -hearingNoticeWorkingDays);
  if (noticeOn > latest) {
    issues.error('ENF_HEARING_NOTICE_LATE',
      `行政机关应当在举行听证的七日（工作日）前通知当事人听证的时间、地点（行政处罚法第六十四条第二项、第八十五条）：听证于${heldOn}举行，通知最迟应于${latest}发出，实际于${noticeOn}通知；请重新通知并另定听证日期`,
      'hearing.noticeOn');
  }
}

function checkHearingHost(issues: IssueList, draft: EnforcementDraft, context: RuleContext, stages: StageDates): void {
  const host = textOf(draft.hearing?.host);
  checkText(issues, draft.hearing?.host, 'hearing.host', '听证主持人', { maxLength: props.hearing.properties.host.maxLength });
  if (!stages.hearingHeldOn) return;
  if (!host) {
    issues.warning('ENF_HEARING_HOST_MISSING', '听证由行政机关指定的非本案调查人员主持（行政处罚法第六十四条第四项），请填写听证主持人', 'hearing.host');
    return;
  }
  const investigators = listOf(draft.officerIds).map((id) => context.officersById.get(id)?.name.trim());
  if (investigators.includes(host)) {
    issues.error('ENF_HEARING_HOST_INVESTIGATOR',
      `听证应由行政机关指定的非本案调查人员主持（行政处罚法第六十四条第四项），${host}是本案执法人员；请改由未参与本案调查的人员主持`, 'hearing.host');
  }
}
