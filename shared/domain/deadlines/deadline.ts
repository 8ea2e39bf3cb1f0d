// One statutory clock on one record, and how its state is read on a given day.
import { daysBetween } from '../calendar/dates';

export interface Deadline {
  code: string;
  label: string;
  dueOn: string;
  /** The legal source, e.g. 行政处罚法第六十条. */
  basis: string;
  state: 'open' | 'dueSoon' | 'overdue' | 'met';
  recordId: string;
  /** Counted on a year whose 放假安排 the county has not entered yet (Mon–Fri assumed): 预估. */
  estimated?: true;
}

/** A clock is "due soon" this many days before its end. */
export const dueSoonDays = 3;

export interface ClockInput {
  code: string;
  label: string;
  dueOn: string;
  basis: string;
  recordId: string;
  /** The date of the event that stops the clock (decision, service, publication …), if it happened. */
  metOn?: string | undefined;
  /** Days before `dueOn` from which the clock counts as due soon (default 3). */
  warnDays?: number;
}


export function clock(input: ClockInput, today: string): Deadline {
  const { metOn, warnDays = dueSoonDays, ...rest } = input;
  const base = { code: rest.code, label: rest.label, dueOn: rest.dueOn, basis: rest.basis, recordId: rest.recordId };
  if (metOn) return { ...base, state: 'met' };
  const left = daysBetween(today, rest.dueOn);
  if (left < 0) return { ...base, state: 'overdue' };
  return { ...base, state: left <= warnDays ? 'dueSoon' : 'open' };
}

export const hasDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
