// The real domain rules from shared/domain, in the shape the store takes them (rules.ts).
import { calendarFromReference } from '#shared/domain/calendar/working-day-calendar';
import { thresholdsFromReference } from '#shared/domain/reference/thresholds';
import { validateRecord, type RuleContext } from '#shared/domain/rules/index';
import type { StoreRules } from './rules';

export const domainRules: StoreRules<RuleContext> = {
  // The form builds its context through this function too (useRuleValidation), so both read the county's
  // reference data the same way.
  makeContext: ({ today, officers, calendarYears, laws, disputeTypes, settings }) => ({
    today,
    thresholds: thresholdsFromReference(settings),
    officersById: new Map(officers.map((officer) => [officer.id, officer])),
    calendar: calendarFromReference(calendarYears),
    // An empty catalogue means "not loaded yet", not "nothing is allowed".
    ...(laws.length > 0 ? { lawIds: new Set(laws.map((law) => law.id)) } : {}),
    ...(disputeTypes.length > 0 ? { disputeTypeCodes: new Set(disputeTypes.map((type) => type.code)) } : {}),
  }),
  validate: (kind, draft, context, recordId) => validateRecord(kind, draft, recordId === undefined ? context : { ...context, recordId }),
};
