// Deadlines coming due across the ledgers, read from the records that can still have one: mediation
// cases not closed as failed/terminated, enforcement cases not yet 结案 and active officers (certificate
// expiry) — each status through its index and a page limit, never a scan of every record.
import { deadlinesOf } from '#shared/domain/by-kind/deadlines';
import type { Deadline } from '#shared/domain/deadlines/deadline';
import type { WorkingDayCalendar } from '#shared/domain/calendar/working-day-calendar';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { MediationStatus } from '#shared/domain/schemas/mediation-case';
import { enforcementStages } from '#shared/domain/schemas/enforcement-case';
import type { AppStore } from '../../store/contract';

export interface DueDeadline extends Deadline {
  kind: LedgerKind;
  /** Case number (or the officer's name), to name the record in the list. */
  title: string;
}

/** Per status, the newest cases are the ones whose clocks still run. */
const PER_STATUS_LIMIT = 100;
const OPEN_STATES = new Set(['open', 'dueSoon', 'overdue']);
const mediationStatusesWithClocks: MediationStatus[] = ['accepted', 'mediating', 'succeeded'];
const stateOrder: Record<string, number> = { overdue: 0, dueSoon: 1, open: 2 };

export async function loadOpenDeadlines(store: AppStore, calendar: WorkingDayCalendar, today: string): Promise<DueDeadline[]> {
  const [mediation, enforcement, officers] = await Promise.all([
    Promise.all(mediationStatusesWithClocks.map((status) =>
      store.ledger.list('mediationCase', { filter: { field: 'status', value: status }, pageSize: PER_STATUS_LIMIT }))),
    Promise.all(enforcementStages.filter((stage) => stage !== 'closed').map((stage) =>
      store.ledger.list('enforcementCase', { filter: { field: 'stage', value: stage }, pageSize: PER_STATUS_LIMIT }))),
    store.ledger.list('officer', { filter: { field: 'status', value: 'active' }, pageSize: PER_STATUS_LIMIT }),
  ]);
  const due: DueDeadline[] = [
    ...mediation.flatMap((page) => page.rows).flatMap((record) =>
      deadlinesOf('mediationCase', record, calendar, today).map((deadline) => ({ ...deadline, kind: 'mediationCase' as const, title: record.caseNumber }))),
    ...enforcement.flatMap((page) => page.rows).flatMap((record) =>
      deadlinesOf('enforcementCase', record, calendar, today).map((deadline) => ({ ...deadline, kind: 'enforcementCase' as const, title: record.caseNumber }))),
    ...officers.rows.flatMap((record) =>
      deadlinesOf('officer', record, calendar, today).map((deadline) => ({ ...deadline, kind: 'officer' as const, title: record.name }))),
  ];
  return due
    .filter((deadline) => OPEN_STATES.has(deadline.state))
    .sort((a, b) => (stateOrder[a.state] ?? 9) - (stateOrder[b.state] ?? 9) || a.dueOn.localeCompare(b.dueOn));
}
