// The clocks of a mediation case: completion within a month, the 30-day window for judicial confirmation, and
// the return visit once the agreement's 履行期限 has passed.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { MediationCase } from '../schemas/mediation-case';
import { clock, hasDate, type Deadline } from './deadline';
import { judicialConfirmationDueOn, mediationCompletionDueOn, returnVisitDueOn } from './periods';

export function mediationDeadlines(record: MediationCase, calendar: WorkingDayCalendar, today: string): Deadline[] {
  const recordId = record.id;
  const deadlines: Deadline[] = [];
  if (hasDate(record.receivedOn)) {
    deadlines.push(clock({
      code: 'MED_COMPLETION_DUE', label: '调解一般在受理后一个月内结案', dueOn: mediationCompletionDueOn(calendar, record.receivedOn),
      basis: '人民调解工作若干规定第三十三条', recordId, metOn: hasDate(record.closedOn) ? record.closedOn : undefined,
    }, today));
  }
  const signedOn = record.agreement?.signedOn;
  if (record.status === 'succeeded' && record.agreement?.form === 'written' && hasDate(signedOn)) {
    // An optional right of the parties: listed while the window runs, or once they applied.
    const dueOn = judicialConfirmationDueOn(calendar, signedOn);
    const appliedOn = record.judicialConfirmation?.appliedOn;
    if (hasDate(appliedOn) || today <= dueOn) {
      deadlines.push(clock({
        code: 'MED_JUDICIAL_CONFIRMATION_WINDOW', label: '双方可共同申请司法确认', dueOn,
        basis: '人民调解法第三十三条', recordId, metOn: hasDate(appliedOn) ? appliedOn : undefined,
      }, today));
    }
  }
  const returnVisit = returnVisitClock(record, calendar, today);
  if (returnVisit) deadlines.push(returnVisit);
  return deadlines;
}

/**
 * A reminder, not a statutory period (decision 017): once a succeeded case's 履行期限 has passed, visit within
 * 7 days; met by a visit on or after the deadline.
 */
function returnVisitClock(record: MediationCase, calendar: WorkingDayCalendar, today: string): Deadline | undefined {
  const deadline = record.agreement?.performanceDeadline;
  if (record.status !== 'succeeded' || !hasDate(deadline) || today <= deadline) return undefined;
  const visitedOn = record.returnVisits.map((visit) => visit.date).filter((date) => date >= deadline).sort()[0];
  return clock({
    code: 'MED_RETURN_VISIT_DUE', label: '履行期限已过，回访了解协议履行情况', dueOn: returnVisitDueOn(calendar, deadline),
    basis: '人民调解法第三十一条（回访时限为本县做法）', recordId: record.id, metOn: visitedOn,
  }, today);
}
