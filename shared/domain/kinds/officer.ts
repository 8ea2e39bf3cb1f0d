// 执法人员: an officer as the generic parts of the app see it (description.ts). Listed by certificate
// expiry, soonest first (持证上岗), so the list shows first whose certificate runs out.
import { officerDeadlines } from '../deadlines/officer-deadlines';
import { hashTokens, numberTokens, personNameTerms, personTokens, textTokens } from '../derive/search-terms';
import { validateOfficer } from '../rules/officer';
import type { Officer } from '../schemas/officer';
import type { LedgerKindDescription } from './description';
import { officerFactsOf } from '../statistics/officer-statistics';
import { statisticsSource } from '../statistics/statistics-source';
import { officerFieldLabels, officerValueLabels } from '../fields/officer';
import { officerLedgerColumns } from '../ledger-export/officer-columns';

export const officerKind = {
  kind: 'officer',
  label: '执法人员',
  path: '/officers',
  listOrder: 'soonestFirst',
  listDate: (record: Pick<Officer, 'certificateExpiresOn'>) => record.certificateExpiresOn,
  searchTerms: (record: Pick<Officer, 'name' | 'unit' | 'certificateNumber'>) => [...personNameTerms(record.name), record.certificateNumber, record.unit],
  searchTokens: (record) => [
    ...personTokens(record.name), ...numberTokens(record.certificateNumber), ...textTokens(record.unit), ...hashTokens([record.idNumberHash]),
  ],
  // Certificate expiry is a calendar date, not a count of working days.
  deadlines: { of: (record, _calendar, today) => officerDeadlines(record, today), onWorkingDays: false },
  title: (record) => `${record.name}（${record.certificateNumber}）`,
  fields: { labels: officerFieldLabels, values: officerValueLabels },
  validate: validateOfficer,
  ledgerColumns: officerLedgerColumns,
  // The roster as it stands, not the period's records.
  statistics: statisticsSource('officers', officerFactsOf, false),
} satisfies LedgerKindDescription<'officer'>;
