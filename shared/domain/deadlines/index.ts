// The statutory clocks of a record on a given day, for the reminders list and the record page.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
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
      return mediationDeadlines(record as LedgerRecordByKind['mediationCase'], calendar, today);
    case 'enforcementCase':
      return enforcementDeadlines(record as LedgerRecordByKind['enforcementCase'], calendar, today);
    case 'officer':
      return officerDeadlines(record as LedgerRecordByKind['officer'], today);
    default:
      return [];
  }
}
