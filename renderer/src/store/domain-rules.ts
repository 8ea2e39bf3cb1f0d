// The real domain rules from shared/domain, in the shape the store takes them (rules.ts). The context they
// get is built by rule-context.ts, for the store and the forms alike.
import { validateRecord } from '#shared/domain/by-kind/validate';
import type { StoreRules } from './rules';

export const domainRules: StoreRules = {
  validate: (kind, draft, context, recordId) => validateRecord(kind, draft, recordId === undefined ? context : { ...context, recordId }),
};
