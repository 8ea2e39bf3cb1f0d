// What the rules need besides the record itself. Kept apart from index.ts so rule files can import it
// without a cycle.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { EnforcementThresholds } from '../reference/thresholds';
import type { Officer } from '../schemas/officer';

export interface RuleContext {
  /** YYYY-MM-DD: dates after it are refused as "in the future". */
  today: string;
  officersById: ReadonlyMap<string, Officer>;
  calendar: WorkingDayCalendar;
  /** Ids of the law catalogue ('law:…'); when given, 会前学法 laws must be among them. */
  lawIds?: ReadonlySet<string>;
  /** Codes of the dispute-type catalogue; when given, a mediation case's type must be among them. */
  disputeTypeCodes?: ReadonlySet<string>;
  /** The county's amounts (法制审核 by fine); defaultEnforcementThresholds when not given. */
  thresholds?: EnforcementThresholds;
  /** The id of the record being checked, when it has one (an edit, a saved record): rules that compare a
   *  record with the others of its kind (执法证号 unique) skip it. */
  recordId?: string;
}
