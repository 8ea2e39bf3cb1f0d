// What the rules need besides the record itself. Kept apart from index.ts so rule files can import it
// without a cycle.
import { localDateOf } from '../calendar/dates';
import { calendarFromReference, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import { thresholdsFromReference, type EnforcementThresholds } from '../reference/thresholds';
import type { Officer } from '../schemas/officer';
import type { ReferenceData } from '../schemas/reference-data';

export interface RuleContext {
  /** YYYY-MM-DD: dates after it are refused as "in the future". */
  today: string;
  officersById: ReadonlyMap<string, Officer>;
  calendar: WorkingDayCalendar;
  /** Ids of the law catalogue ('law:…'); when given, 会前学法 laws must be among them. */
  lawIds?: ReadonlySet<string>;
  /** Codes of the dispute-type catalogue; when given, a mediation case's type must be among them. */
  disputeTypeCodes?: ReadonlySet<string>;
  /** The 权责清单 by id ('powerItem:…'), active or not; when given, a case's powerItemId must be among them. */
  powerItems?: ReadonlyMap<string, PowerItemStatus>;
  /** The county's amounts (法制审核 by fine); defaultEnforcementThresholds when not given. */
  thresholds?: EnforcementThresholds;
  /** The id of the record being checked, when it has one (an edit, a saved record): rules that compare a
   *  record with the others of its kind (执法证号 unique) skip it. */
  recordId?: string;
}

/** What the rules know of a 权责清单 item: whether it is in force, and since when it is not. */
export interface PowerItemStatus {
  name: string;
  active: boolean;
  /** YYYY-MM-DD, local: the day of the item's last change. For a stopped item that is the day it was stopped at
   *  the latest (a later edit only moves it later, which makes the rule more lenient, never stricter). */
  changedOn: string;
}

/** What the rules are told about the world when a record is checked: the form and the store read the same. */
export interface RuleContextInput {
  /** YYYY-MM-DD in local time. */
  today: string;
  /** Every officer not in the recycle bin (a case may name any of them). */
  officers: readonly Officer[];
  /** referenceData entries of kind 'calendarYear' (working days, 调休). */
  calendarYears: readonly ReferenceData[];
  /** referenceData entries of kind 'law' (法律法规目录) and 'disputeType', active or not (old records keep theirs). */
  laws: readonly ReferenceData[];
  disputeTypes: readonly ReferenceData[];
  /** referenceData entries of kind 'powerItem' (权责清单), active or not. */
  powerItems: readonly ReferenceData[];
  /** referenceData entries of kind 'setting' (the county's 法制审核 fine amounts …). */
  settings: readonly ReferenceData[];
}

/** The one place the county's reference data becomes a RuleContext (the form's and the store's). */
export function ruleContextFrom({ today, officers, calendarYears, laws, disputeTypes, powerItems, settings }: RuleContextInput): RuleContext {
  return {
    today,
    thresholds: thresholdsFromReference(settings),
    officersById: new Map(officers.map((officer) => [officer.id, officer])),
    calendar: calendarFromReference(calendarYears),
    // An empty catalogue means "not loaded yet", not "nothing is allowed".
    ...(laws.length > 0 ? { lawIds: new Set(laws.map((law) => law.id)) } : {}),
    ...(disputeTypes.length > 0 ? { disputeTypeCodes: new Set(disputeTypes.map((type) => type.code)) } : {}),
    ...(powerItems.length > 0 ? { powerItems: new Map(powerItems.map((item) => [item.id, powerItemStatusOf(item)])) } : {}),
  };
}

const powerItemStatusOf = (item: ReferenceData): PowerItemStatus =>
  ({ name: item.name, active: item.active, changedOn: localDateOf(new Date(item.updatedAt)) });
