// The clocks of a mediation case: completion within a month, and the 30-day window for judicial confirmation.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { MediationCase } from '../schemas/mediation-case';
import { clock, hasDate, type Deadline } from './deadline';
import { judicialConfirmationDueOn, mediationCompletionDueOn } from './periods';

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
  return deadlines;
}
