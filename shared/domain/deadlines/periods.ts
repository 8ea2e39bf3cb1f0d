// The statutory periods, in one place, so the deadline list and the save-time warnings count alike.
// 行政处罚法 art. 85: its 二日、三日、五日、七日 are working days; 行政许可法 art. 82: licence periods are
// working days; longer periods are calendar days that end on the next working day when the last day is
// a rest day (民法典 art. 201, 203).
import { addDays, addMonths } from '../calendar/dates';
import { calendarDaysDeadline, nextWorkingDayFrom, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { EnforcementCategory } from '../schemas/enforcement-case';

/** 行政处罚法 art. 60: decide within 90 days of 立案. */
export const decisionDueOn = (calendar: WorkingDayCalendar, filedOn: string): string => calendarDaysDeadline(calendar, filedOn, 90);

/** 行政许可法 art. 42: decide on a licence within 20 working days of accepting the application. */
export const licenceDecisionDueOn = (calendar: WorkingDayCalendar, filedOn: string): string => calendar.addWorkingDays(filedOn, 20);

/** 行政处罚法 art. 61 (+ art. 85): serve the decision within 7 working days when not served on the spot. */
export const serviceDueOn = (calendar: WorkingDayCalendar, decidedOn: string): string => calendar.addWorkingDays(decidedOn, 7);

/** 行政处罚法 art. 64 (+ art. 85): the party may ask for a hearing within 5 working days of 告知. */
export const hearingRequestDueOn = (calendar: WorkingDayCalendar, notifiedOn: string): string => calendar.addWorkingDays(notifiedOn, 5);

/** 行政处罚法 art. 56 (+ art. 85): evidence registered and preserved is handled within 7 working days. */
export const preservationDueOn = (calendar: WorkingDayCalendar, registeredOn: string): string => calendar.addWorkingDays(registeredOn, 7);

/** 行政处罚法 art. 48(2) (+ art. 85): a published decision changed or revoked is withdrawn within 3 working days. */
export const publicityWithdrawalDueOn = (calendar: WorkingDayCalendar, changedOn: string): string => calendar.addWorkingDays(changedOn, 3);

/** 行政处罚法 art. 67: the party pays within 15 days of receiving the decision. */
export const paymentDueOn = (calendar: WorkingDayCalendar, servedOn: string): string => calendarDaysDeadline(calendar, servedOn, 15);

/** 国办发〔2018〕118号: 许可、处罚 decisions are published within 7 working days, other decisions within 20. */
export const publicityWorkingDays = (category: EnforcementCategory): number =>
  category === 'penalty' || category === 'licence' ? 7 : 20;

export const publicityDueOn = (calendar: WorkingDayCalendar, category: EnforcementCategory, decidedOn: string): string =>
  calendar.addWorkingDays(decidedOn, publicityWorkingDays(category));

/** 人民调解法 art. 33: judicial confirmation may be applied for within 30 days of the agreement taking effect. */
export const judicialConfirmationDueOn = (calendar: WorkingDayCalendar, signedOn: string): string =>
  calendarDaysDeadline(calendar, signedOn, 30);

/** 人民调解工作若干规定 art. 33: a mediation is normally completed within one month of receipt. */
export const mediationCompletionDueOn = (calendar: WorkingDayCalendar, receivedOn: string): string =>
  nextWorkingDayFrom(calendar, addMonths(receivedOn, 1));

/**
 * 回访 after the agreement's 履行期限 (人民调解法 art. 31: the committee supervises performance). No law fixes
 * the day: a visit within 7 days of the deadline is the county's practice (decision 017).
 */
export const returnVisitWithinDays = 7;

export const returnVisitDueOn = (calendar: WorkingDayCalendar, performanceDeadline: string): string =>
  calendarDaysDeadline(calendar, performanceDeadline, returnVisitWithinDays);

/**
 * 立卷归档 (人民调解法 art. 27) after 结案. No law fixes the time: 30 days is the county's practice (decision 017).
 */
export const archiveWithinDays = 30;

export const archiveDueOn = (closedOn: string): string => addDays(closedOn, archiveWithinDays);
