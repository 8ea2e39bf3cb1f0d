// The statutory clocks of a record on a given day, for the reminders list and the record page.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
import { yearOf } from '../calendar/dates';
import type { Deadline } from './deadline';
import { enforcementDeadlines } from './enforcement-deadlines';
import { mediationDeadlines } from './mediation-deadlines';
import { officerDeadlines } from './officer-deadlines';

export type { Deadline } from './deadline';
export { dueSoonDays } from './deadline';

export function deadlinesOf<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K], calendar: WorkingDayCalendar, today: string): Deadline[] {
  // A record in the recycle bin has no live clocks.
  if (record.trashed) return [];
  switch (kind) {
    case 'mediationCase':
      return markEstimated(mediationDeadlines(record as LedgerRecordByKind['mediationCase'], calendar, today), calendar);
    case 'enforcementCase':
      return markEstimated(enforcementDeadlines(record as LedgerRecordByKind['enforcementCase'], calendar, today), calendar);
    case 'officer':
      return officerDeadlines(record as LedgerRecordByKind['officer'], today);
    default:
      return [];
  }
}

/**
 * [CAL_DUE_ESTIMATED] A clock counted on the working-day calendar that ends in a year without the county's
 * 放假安排 assumed Mon–Fri: until the year is entered its due date is only an estimate, and says so.
 */
function markEstimated(deadlines: Deadline[], calendar: WorkingDayCalendar): Deadline[] {
  return deadlines.map((deadline) =>
    deadline.state !== 'met' && !calendar.coversYear(yearOf(deadline.dueOn)) ? { ...deadline, estimated: true } : deadline);
}
