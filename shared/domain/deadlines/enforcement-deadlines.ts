// The clocks of an enforcement case: decision (90 days, or 20 working days for a licence), hearing request,
// 先行登记保存, service, payment, publicity and its withdrawal.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { EnforcementCase } from '../schemas/enforcement-case';
import { clock, hasDate, type ClockInput, type Deadline } from './deadline';
import { latePaymentSurcharge } from './late-payment-surcharge';
import {
  decisionDueOn, hearingRequestDueOn, licenceDecisionDueOn, paymentDueOn, preservationDueOn, publicityDueOn, publicityWithdrawalDueOn,
  publicityWorkingDays, serviceDueOn,
} from './periods';

export function enforcementDeadlines(record: EnforcementCase, calendar: WorkingDayCalendar, today: string): Deadline[] {
  const { stages, category, procedure } = record;
  const recordId = record.id;
  const deadlines: Deadline[] = [];
  const decided = hasDate(stages.decidedOn) ? stages.decidedOn : undefined;

  if (category === 'penalty' && procedure === 'ordinary' && hasDate(stages.filedOn)) {
    deadlines.push(clock({
      code: 'ENF_DECISION_DUE', label: '作出处罚决定', dueOn: decisionDueOn(calendar, stages.filedOn),
      basis: '行政处罚法第六十条', recordId, metOn: decided,
    }, today));
  }
  if (category === 'licence' && hasDate(stages.filedOn)) {
    deadlines.push(clock({
      code: 'ENF_LICENCE_DECISION_DUE', label: '作出行政许可决定', dueOn: licenceDecisionDueOn(calendar, stages.filedOn),
      basis: '行政许可法第四十二条', recordId, metOn: decided,
    }, today));
  }
  // The hearing window is the party's: once it has passed without a request it is simply over, so it is
  // listed only while it runs or once a request was made.
  if (procedure === 'ordinary' && hasDate(stages.notifiedOn) && !decided) {
    const dueOn = hearingRequestDueOn(calendar, stages.notifiedOn);
    const requested = hasDate(stages.hearingRequestedOn) ? stages.hearingRequestedOn : undefined;
    if (requested || today <= dueOn) {
      deadlines.push(clock({
        code: 'ENF_HEARING_REQUEST_WINDOW', label: '当事人申请听证期限（期满前不宜作出决定）', dueOn,
        basis: '行政处罚法第六十四条、第八十五条', recordId, metOn: requested,
      }, today));
    }
  }
  const preservation = record.evidencePreservation;
  deadlines.push(...stepClock({
    code: 'ENF_PRESERVATION_DUE', label: '先行登记保存证据的处理决定', basis: '行政处罚法第五十六条、第八十五条', recordId,
  }, preservation?.registeredOn, preservation?.handledOn, (start) => preservationDueOn(calendar, start), today));
  if (category === 'penalty' && decided) {
    deadlines.push(clock({
      code: 'ENF_SERVICE_DUE', label: '送达处罚决定书', dueOn: serviceDueOn(calendar, decided),
      basis: '行政处罚法第六十一条、第八十五条', recordId, metOn: hasDate(stages.servedOn) ? stages.servedOn : undefined,
    }, today));
    const fine = record.decision?.outcome === 'penalty' ? record.decision.fineAmount ?? 0 : 0;
    if (fine > 0 && hasDate(stages.servedOn)) {
      const dueOn = paymentDueOn(calendar, stages.servedOn);
      const paidOn = hasDate(stages.executedOn) ? stages.executedOn : undefined;
      deadlines.push(clock({
        code: 'ENF_PAYMENT_DUE', label: paymentLabel(fine, dueOn, paidOn, today), dueOn,
        basis: '行政处罚法第六十七条、第七十二条', recordId, metOn: paidOn,
      }, today));
    }
  }
  if (decided) {
    const days = publicityWorkingDays(category);
    deadlines.push(clock({
      code: 'ENF_PUBLICITY_DUE', label: `执法决定公示（${days}个工作日内）`, dueOn: publicityDueOn(calendar, category, decided),
      basis: '国办发〔2018〕118号（行政执法公示制度）', recordId,
      metOn: record.publicity && hasDate(record.publicity.publishedOn) ? record.publicity.publishedOn : undefined,
    }, today));
  }
  deadlines.push(...stepClock({
    code: 'ENF_PUBLICITY_WITHDRAWAL_DUE', label: '撤回已公示的决定信息并说明理由', basis: '行政处罚法第四十八条第二款、第八十五条', recordId,
  }, record.publicity?.changedOn, record.publicity?.withdrawnOn, (start) => publicityWithdrawalDueOn(calendar, start), today));
  return deadlines;
}

/** The clock of a step that starts on `startOn` (if recorded) and is met on `metOn`: none before it starts. */
function stepClock(
  what: Omit<ClockInput, 'dueOn' | 'metOn'>, startOn: unknown, metOn: unknown, dueOn: (start: string) => string, today: string,
): Deadline[] {
  if (!hasDate(startOn)) return [];
  return [clock({ ...what, dueOn: dueOn(startOn), metOn: hasDate(metOn) ? metOn : undefined }, today)];
}

/** While unpaid past the due date the label carries the 加处罚款 owed so far (art. 72(一)). */
function paymentLabel(fine: number, dueOn: string, paidOn: string | undefined, today: string): string {
  if (paidOn || today <= dueOn) return '当事人缴纳罚款（逾期可加处罚款）';
  const surcharge = latePaymentSurcharge(fine, dueOn, today);
  const cap = surcharge.capped ? '，已达罚款数额上限' : '';
  return `当事人缴纳罚款（已逾期${surcharge.daysLate}日，每日按罚款3%加处罚款，至今${surcharge.amount}元${cap}）`;
}
