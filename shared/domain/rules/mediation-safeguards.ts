// Safeguards while mediating (decision 017): the parties told their rights and duties before mediation
// (人民调解法 art. 23–24; 人民调解工作若干规定 art. 30), and a dispute that may escalate met with measures
// and reported to the police or other departments (人民调解法 art. 25). Gaps are warnings: the official must
// be able to save a risk the moment it is seen, before the report is made.
import type { Draft } from '../draft';
import { rightsNoticeFormLabels } from '../labels';
import { mediationCaseSchema } from '../schemas/mediation-case';
import type { RuleContext } from './context';
import type { IssueList } from './shape';
import { checkDate, checkEnum, checkText, isBlank, listOf } from './shape';

type MediationDraft = Draft<'mediationCase'>;
const escalationProps = mediationCaseSchema.properties.escalation.properties;

/** Mediation has started: a session is recorded, or the case is past 受理 with an outcome mediated. */
const mediationStarted = (draft: MediationDraft): boolean =>
  listOf(draft.sessions).length > 0 || draft.status === 'mediating' || draft.status === 'succeeded' || draft.status === 'failed';

export function checkSafeguards(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  checkRightsNotice(issues, draft, context);
  checkEscalation(issues, draft, context);
}

function checkRightsNotice(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  const notice = draft.rightsNotice;
  const givenOn = checkDate(issues, notice?.givenOn, 'rightsNotice.givenOn', '权利义务告知日期', { notAfter: context.today });
  checkEnum(issues, notice?.form, rightsNoticeFormLabels, 'rightsNotice.form', '告知方式', false);
  if (!givenOn && mediationStarted(draft)) {
    issues.warning('MED_RIGHTS_NOTICE_MISSING', '调解前应当以口头或者书面形式告知当事人在调解中享有的权利和承担的义务（人民调解法第二十三条、第二十四条；人民调解工作若干规定第三十条），请填写告知日期', 'rightsNotice.givenOn');
    return;
  }
  const firstSession = listOf(draft.sessions).map((session) => session.date).filter((date) => typeof date === 'string' && date !== '').sort()[0];
  if (givenOn && firstSession && givenOn > firstSession) {
    issues.warning('MED_RIGHTS_NOTICE_LATE', `权利义务告知日期${givenOn}晚于第一次调解${firstSession}：应当在调解前告知（人民调解工作若干规定第三十条），请核对`, 'rightsNotice.givenOn');
  }
}

function checkEscalation(issues: IssueList, draft: MediationDraft, context: RuleContext): void {
  const escalation = draft.escalation;
  if (!escalation) return;
  checkText(issues, escalation.measures, 'escalation.measures', '防止激化的措施', { maxLength: escalationProps.measures.maxLength });
  const reportedOn = checkDate(issues, escalation.reportedOn, 'escalation.reportedOn', '报告日期', { notAfter: context.today });
  checkText(issues, escalation.reportedTo, 'escalation.reportedTo', '报告的公安机关或有关部门', { required: reportedOn !== undefined, maxLength: escalationProps.reportedTo.maxLength });
  if (escalation.risk !== true) return;
  if (isBlank(escalation.measures)) {
    issues.warning('MED_ESCALATION_MEASURES_MISSING', '纠纷有可能激化的，人民调解员应当采取有针对性的预防措施（人民调解法第二十五条），请填写已采取的措施', 'escalation.measures');
  }
  if (!reportedOn) {
    issues.warning('MED_ESCALATION_NOT_REPORTED', '纠纷有可能激化：对有可能引起治安案件、刑事案件的纠纷，应当及时向当地公安机关或者其他有关部门报告（人民调解法第二十五条），请填写报告日期和报告对象', 'escalation.reportedOn');
  }
}
