import { describe, expect, it } from 'vitest';
import { latePaymentSurcharge } from './late-payment-surcharge';

describe('[ENF_LATE_PAYMENT_SURCHARGE] 加处罚款, 行政处罚法 art. 72(一)', () => {
  it('nothing when paid on or before the due date', () => {
    expect(latePaymentSurcharge(500, '2026-10-24', '2026-10-24')).toEqual({ daysLate: 0, amount: 0, capped: false });
    expect(latePaymentSurcharge(500, '2026-10-24', '2026-10-20')).toEqual({ daysLate: 0, amount: 0, capped: false });
  });

  it('3 % of the fine per day late, computed by hand: 500 元 × 3 % × 10 days = 150 元', () => {
    expect(latePaymentSurcharge(500, '2026-10-24', '2026-11-03')).toEqual({ daysLate: 10, amount: 150, capped: false });
    expect(latePaymentSurcharge(333, '2026-10-24', '2026-10-25')).toEqual({ daysLate: 1, amount: 9.99, capped: false });
  });

  it('never more than the fine: after 34 days (102 %) the surcharge is the fine itself', () => {
    expect(latePaymentSurcharge(500, '2026-10-24', '2026-11-26')).toEqual({ daysLate: 33, amount: 495, capped: false });
    expect(latePaymentSurcharge(500, '2026-10-24', '2026-11-27')).toEqual({ daysLate: 34, amount: 500, capped: true });
    expect(latePaymentSurcharge(20000, '2026-01-01', '2026-12-31').amount).toBe(20000);
  });
});
