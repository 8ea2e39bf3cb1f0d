// 持证上岗: at least two officers act on a case (行政处罚法 art. 42), each known, in post and holding a
// certificate valid on every date the case records an action.
import { certificateValidOn } from '../deadlines/certificate-validity';
import type { Draft } from '../draft';
import { enforcementStageLabels, officerStatusLabels } from '../labels';
import type { RuleContext } from './context';
import type { IssueList} from './shape';
import { isBlank, listOf } from './shape';
import { stageDates } from './enforcement-stage';

/** Dates on which officers act, named by their stage (立案, 听证 …). */
const actionDates = stageDates.filter(({ officersAct }) => officersAct).map(({ field, stage }) => ({ field, label: enforcementStageLabels[stage] }));

const describe = (dates: readonly { date: string; label: string }[]): string =>
  dates.map(({ date, label }) => `${date}的${label}`).join('、');

export function checkEnforcementOfficers(issues: IssueList, draft: Draft<'enforcementCase'>, context: RuleContext): void {
  const officerIds = listOf(draft.officerIds);
  const distinct = new Set(officerIds.filter((id) => !isBlank(id)));
  if (distinct.size < 2) {
    // A licence is decided on papers; the two-officer rule binds on-site enforcement (penalty, compulsion, inspection).
    const severity = draft.category === 'licence' ? 'warning' : 'error';
    issues.add(severity, 'ENF_TWO_OFFICERS', `执法人员不得少于两人（行政处罚法第四十二条），现有${distinct.size}人，请再选择持证执法人员`, 'officerIds');
  }
  const dates = actionDates.flatMap(({ field, label }) => {
    const date = draft.stages?.[field];
    return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [{ date, label }] : [];
  });
  const caseClosed = typeof draft.stages?.closedOn === 'string' && draft.stages.closedOn !== '';
  const seen = new Set<string>();
  officerIds.forEach((id, index) => {
    const field = `officerIds.${index}`;
    if (seen.has(id)) {
      issues.error('ENF_OFFICER_DUPLICATE', `第${index + 1}名执法人员与前面重复，请删除重复的一行`, field);
      return;
    }
    seen.add(id);
    const officer = context.officersById.get(id);
    if (!officer) {
      issues.error('OFFICER_UNKNOWN', `第${index + 1}名执法人员不在执法人员名录中（编号${id}），请重新选择`, field);
      return;
    }
    if (officer.status !== 'active') {
      // The status is today's: an officer who has since left still acted lawfully on a case closed before.
      issues.add(caseClosed ? 'warning' : 'error', 'OFFICER_NOT_ACTIVE',
        `执法人员${officer.name}当前状态为“${officerStatusLabels[officer.status]}”，不能继续参与执法，请更换在岗执法人员`, field);
    }
    const expiredOn = dates.filter(({ date }) => !certificateValidOn(officer.certificateExpiresOn, date));
    if (expiredOn.length > 0) {
      issues.error('OFFICER_CERT_EXPIRED',
        `执法人员${officer.name}的执法证（${officer.certificateNumber}）已于${officer.certificateExpiresOn}到期，不能参与${describe(expiredOn)}；请更换持有效执法证的人员，或核对日期`, field);
    }
    const beforeIssue = dates.filter(({ date }) => date < officer.certificateIssuedOn);
    if (beforeIssue.length > 0) {
      issues.error('OFFICER_CERT_NOT_YET_VALID',
        `执法人员${officer.name}的执法证（${officer.certificateNumber}）于${officer.certificateIssuedOn}才发证，不能参与${describe(beforeIssue)}；请更换执法人员或核对日期`, field);
    }
  });
}
