// 人民调解 outcome rules: sessions recorded (art. 27), the agreement written (art. 29) or oral and recorded
// (art. 28), the case closed with a date, and a failed or ended case with its reasons (art. 26).
import type { Draft } from '../draft';
import { judicialConfirmationDueOn } from '../deadlines/periods';
import { agreementFormLabels, judicialConfirmationResultLabels, performanceLabels, returnVisitPerformanceLabels } from '../labels';
import { mediationCaseSchema } from '../schemas/mediation-case';
import type { MediationStatus } from '../schemas/mediation-case';
import type { RuleContext } from './context';
import { checkAftercare } from './mediation-aftercare';
import { checkSafeguards } from './mediation-safeguards';
import { checkWrittenAgreementFidelity } from './mediation-written-agreement';
import type { IssueList} from './shape';
import { checkDate, checkEnum, checkNumber, checkText, isBlank, listOf } from './shape';

type MediationDraft = Draft<'mediationCase'>;
const props = mediationCaseSchema.properties;
const agreementProps = props.agreement.properties;

const closedStatuses: readonly MediationStatus[] = ['succeeded', 'failed', 'terminated'];

/** What art. 29 (and 若干规定 art. 35) asks a written agreement to state, field → Chinese name. */
export const writtenAgreementItems = [
  { field: 'facts', label: '纠纷主要事实、争议事项及各方当事人的责任' },
  { field: 'terms', label: '当事人达成调解协议的内容' },
  { field: 'performanceMethod', label: '履行方式' },
  { field: 'performanceDeadline', label: '履行期限' },
  { field: 'signedOn', label: '签订日期' },
] as const;

export function checkMediationOutcome(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  const receivedOn = typeof draft.receivedOn === 'string' ? draft.receivedOn : undefined;
  checkSessions(issues, draft, context, receivedOn);
  checkAgreement(issues, draft, context, receivedOn);
  checkClosing(issues, draft, context, receivedOn);
  checkFollowUp(issues, draft, context);
  checkWrittenAgreementFidelity(issues, draft);
  checkSafeguards(issues, draft, context);
  checkAftercare(issues, draft, context);
}

function checkSessions(issues: IssueList, draft: MediationDraft, context: RuleContext, receivedOn: string | undefined): void {
  const sessions = listOf(draft.sessions);
  sessions.forEach((session, index) => {
    const at = `sessions.${index}`;
    const date = checkDate(issues, session.date, `${at}.date`, `第${index + 1}次调解的日期`, { required: true, notAfter: context.today });
    if (date && receivedOn && date < receivedOn) {
      issues.error('MED_SESSION_BEFORE_RECEIVED', `第${index + 1}次调解的日期${date}早于受理日期${receivedOn}，请核对`, `${at}.date`);
    }
    checkText(issues, session.place, `${at}.place`, `第${index + 1}次调解的地点`, { maxLength: props.sessions.items.properties.place.maxLength });
    checkText(issues, session.record, `${at}.record`, `第${index + 1}次调解的调解记录`, { required: true, maxLength: props.sessions.items.properties.record.maxLength });
  });
  if (sessions.length === 0 && draft.status !== 'accepted' && draft.status !== undefined) {
    // A case ended before any session (a party refused, art. 17) may have none; a case mediated to an outcome may not.
    const severity = draft.status === 'succeeded' || draft.status === 'failed' ? 'error' : 'warning';
    issues.add(severity, 'MED_SESSION_MISSING', '尚无调解记录：调解员应当记录调解情况（人民调解法第二十七条），请添加调解时间、地点和调解记录', 'sessions');
  }
}

function checkAgreement(issues: IssueList, draft: MediationDraft, context: RuleContext, receivedOn: string | undefined): void {
  const agreement = draft.agreement;
  if (!agreement) {
    if (draft.status === 'succeeded') {
      issues.error('MED_AGREEMENT_MISSING', '调解成功的案件须有调解协议（书面或口头），请填写调解协议', 'agreement');
    }
    return;
  }
  // While a case is still open the agreement may be a draft: gaps are warnings until it is marked 调解成功.
  const severity = draft.status === 'succeeded' ? 'error' : 'warning';
  checkEnum(issues, agreement.form, agreementFormLabels, 'agreement.form', '协议形式');
  if (agreement.form === 'written') {
    for (const item of writtenAgreementItems) {
      if (isBlank(agreement[item.field])) {
        issues.add(severity, 'MED_AGREEMENT_INCOMPLETE', `书面调解协议缺少“${item.label}”（人民调解法第二十九条），请补充`, `agreement.${item.field}`);
      }
    }
  } else if (agreement.form === 'oral' && isBlank(agreement.terms)) {
    issues.add(severity, 'MED_ORAL_AGREEMENT_UNRECORDED', '口头调解协议须由调解员记录协议内容（人民调解法第二十八条），请在“协议内容”中记录', 'agreement.terms');
  }
  checkText(issues, agreement.facts, 'agreement.facts', '纠纷事实及责任', { maxLength: agreementProps.facts.maxLength });
  checkText(issues, agreement.terms, 'agreement.terms', '协议内容', { maxLength: agreementProps.terms.maxLength });
  checkText(issues, agreement.performanceMethod, 'agreement.performanceMethod', '履行方式', { maxLength: agreementProps.performanceMethod.maxLength });
  checkText(issues, agreement.performancePlace, 'agreement.performancePlace', '履行地点', { maxLength: agreementProps.performancePlace.maxLength });
  const signedOn = checkDate(issues, agreement.signedOn, 'agreement.signedOn', '协议签订日期', { notAfter: context.today });
  const deadline = checkDate(issues, agreement.performanceDeadline, 'agreement.performanceDeadline', '履行期限');
  if (signedOn && receivedOn && signedOn < receivedOn) {
    issues.error('MED_SIGNED_BEFORE_RECEIVED', `协议签订日期${signedOn}早于受理日期${receivedOn}，请核对`, 'agreement.signedOn');
  }
  if (signedOn && deadline && deadline < signedOn) {
    issues.error('MED_PERFORMANCE_DEADLINE_BEFORE_SIGNING', `履行期限${deadline}早于协议签订日期${signedOn}，请核对`, 'agreement.performanceDeadline');
  }
  checkNumber(issues, agreement.amount, 'agreement.amount', '协议涉及金额', { min: 0, max: 1e12, unit: '元' });
  checkEnum(issues, agreement.performance, performanceLabels, 'agreement.performance', '履行情况', false);
}

function checkClosing(issues: IssueList, draft: MediationDraft, context: RuleContext, receivedOn: string | undefined): void {
  const closed = draft.status !== undefined && closedStatuses.includes(draft.status);
  const closedOn = checkDate(issues, draft.closedOn, 'closedOn', '结案日期', { notAfter: context.today });
  if (closed && isBlank(draft.closedOn)) {
    issues.error('MED_CLOSED_ON_MISSING', '已结案（调解成功、不成功或终止）的案件须填写结案日期', 'closedOn');
  }
  if (!closed && closedOn) {
    issues.warning('MED_CLOSED_ON_WHILE_OPEN', `案件仍在“受理/调解中”，却填写了结案日期${closedOn}；如已结案请修改办理状态`, 'closedOn');
  }
  if (closedOn && receivedOn && closedOn < receivedOn) {
    issues.error('MED_CLOSED_BEFORE_RECEIVED', `结案日期${closedOn}早于受理日期${receivedOn}，请核对`, 'closedOn');
  }
  if ((draft.status === 'failed' || draft.status === 'terminated') && isBlank(draft.closingNote)) {
    issues.error('MED_CLOSING_NOTE_MISSING', '调解不成功或终止的，须写明原因及告知当事人的其他解决途径（人民调解法第二十六条）', 'closingNote');
  }
  checkText(issues, draft.closingNote, 'closingNote', '结案说明', { maxLength: props.closingNote.maxLength });
}

function checkFollowUp(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  listOf(draft.returnVisits).forEach((visit, index) => {
    const at = `returnVisits.${index}`;
    checkDate(issues, visit.date, `${at}.date`, `第${index + 1}次回访的日期`, { required: true, notAfter: context.today });
    checkText(issues, visit.visitor, `${at}.visitor`, `第${index + 1}次回访的回访人`, { required: true, maxLength: props.returnVisits.items.properties.visitor.maxLength });
    checkText(issues, visit.note, `${at}.note`, `第${index + 1}次回访的情况`, { required: true, maxLength: props.returnVisits.items.properties.note.maxLength });
    checkEnum(issues, visit.performance, returnVisitPerformanceLabels, `${at}.performance`, '回访时的履行情况', false);
  });
  const confirmation = draft.judicialConfirmation;
  if (confirmation) {
    const appliedOn = checkDate(issues, confirmation.appliedOn, 'judicialConfirmation.appliedOn', '申请司法确认的日期', { required: true, notAfter: context.today });
    checkEnum(issues, confirmation.result, judicialConfirmationResultLabels, 'judicialConfirmation.result', '司法确认结果', false);
    checkText(issues, confirmation.court, 'judicialConfirmation.court', '受理法院', { maxLength: props.judicialConfirmation.properties.court.maxLength });
    const signedOn = draft.agreement?.signedOn;
    if (appliedOn && typeof signedOn === 'string' && signedOn !== '') {
      const dueOn = judicialConfirmationDueOn(context.calendar, signedOn);
      if (appliedOn > dueOn) {
        issues.warning('MED_JUDICIAL_CONFIRMATION_LATE', `司法确认应自协议生效之日起三十日内申请（人民调解法第三十三条），期限至${dueOn}，实际${appliedOn}申请`, 'judicialConfirmation.appliedOn');
      }
    }
  }
  const referral = draft.referral;
  if (referral) {
    checkText(issues, referral.to, 'referral.to', '移送单位', { required: true, maxLength: props.referral.properties.to.maxLength });
    checkDate(issues, referral.on, 'referral.on', '移送日期', { required: true, notAfter: context.today });
  }
}
