// 加处罚款 (行政处罚法 art. 72(一)): a fine not paid by its due date grows by 3 % of the fine for every
// day after it, and the surcharge never exceeds the fine itself. Amounts are kept in fen so 3 % of any
// whole-yuan fine is exact.
import { daysBetween } from '../calendar/dates';

export const SURCHARGE_RATE_PER_DAY = 0.03;

export interface LatePaymentSurcharge {
  /** Days after the due date up to `until` (0 when paid in time). */
  daysLate: number;
  /** Yuan, to the fen. */
  amount: number;
  /** The cap (the fine) was reached. */
  capped: boolean;
}

/** The surcharge on `fine` (yuan) due on `dueOn`, counted up to `until` (the payment date, or today while unpaid). */
export function latePaymentSurcharge(fine: number, dueOn: string, until: string): LatePaymentSurcharge {
  const daysLate = Math.max(0, daysBetween(dueOn, until));
  const fineFen = Math.round(fine * 100);
  const uncappedFen = Math.round(fineFen * SURCHARGE_RATE_PER_DAY * daysLate);
  const capped = uncappedFen >= fineFen && daysLate > 0;
  return { daysLate, amount: Math.min(uncappedFen, fineFen) / 100, capped };
}
