// The statutory clocks of a record on a given day, as its kind's description names them (deadlines/ has the
// clocks), for the reminders list and the record page.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { yearOf } from '../calendar/dates';
import { describeKind } from '../kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
import type { Deadline } from '../deadlines/deadline';

/** The clocks the kind's description names; a kind with none (学法记录) has none. */
export function deadlinesOf<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K], calendar: WorkingDayCalendar, today: string): Deadline[] {
  // A record in the recycle bin has no live clocks.
  const { deadlines } = describeKind(kind);
  if (record.trashed || !deadlines) return [];
  const clocks = deadlines.of(record, calendar, today);
  return deadlines.onWorkingDays ? markEstimated(clocks, calendar) : clocks;
}

/**
 * [CAL_DUE_ESTIMATED] A clock counted on the working-day calendar that ends in a year without the county's
 * 放假安排 assumed Mon–Fri: until the year is entered its due date is only an estimate, and says so.
 */
function markEstimated(deadlines: Deadline[], calendar: WorkingDayCalendar): Deadline[] {
  return deadlines.map((deadline) =>
    deadline.state !== 'met' && !calendar.coversYear(yearOf(deadline.dueOn)) ? { ...deadline, estimated: true } : deadline);
}
