// 人民调解: a mediation case as the generic parts of the app see it (description.ts).
import { closingReportDocument } from '../documents/closing-report';
import { mediationAgreementDocument } from '../documents/mediation-agreement';
import { mediationApplicationDocument } from '../documents/mediation-application';
import { mediationRegistrationDocument } from '../documents/mediation-registration';
import { returnVisitDocument } from '../documents/return-visit';
import { rightsNoticeDocument } from '../documents/rights-notice';
import { sessionRecordDocument } from '../documents/session-record';
import { mediationDossier } from '../dossier/mediation-dossier';
import { mediationDeadlines } from '../deadlines/mediation-deadlines';
import { caseNumberTokens, hashTokens, partyNameTerms, partyTokens, personNameTerms } from '../derive/search-terms';
import { validateMediationCase } from '../rules/mediation';
import type { MediationCase } from '../schemas/mediation-case';
import type { LedgerKindDescription } from './description';
import { mediationFactsOf } from '../statistics/mediation-statistics';
import { statisticsSource } from '../statistics/statistics-source';
import { mediationFieldLabels, mediationValueLabels } from '../fields/mediation-case';
import { mediationLedgerColumns } from '../ledger-export/mediation-columns';
import { mediationImport } from '../ledger-import/mediation-import';

export const mediationCaseKind = {
  kind: 'mediationCase',
  label: '人民调解',
  path: '/mediation',
  listOrder: 'newestFirst',
  listDate: (record: Pick<MediationCase, 'receivedOn'>) => record.receivedOn,
  searchTerms: (record: Pick<MediationCase, 'parties' | 'mediators' | 'committee'>) => [
    ...record.parties.flatMap(partyNameTerms),
    ...record.mediators.flatMap(personNameTerms),
  ],
  searchTokens: (record) => [
    ...caseNumberTokens(record.caseNumber),
    ...record.parties.flatMap(partyTokens),
    // Not the mediators: a township has a handful, each on thousands of cases, so their names
    // would cost rows on every case and still match too many; the bounded scan finds them at once.
    ...hashTokens(record.partyIdHashes),
  ],
  deadlines: { of: mediationDeadlines, onWorkingDays: true },
  title: (record) => `${record.caseNumber} ${record.parties.map((party) => party.name).join('、')}`,
  fields: { labels: mediationFieldLabels, values: mediationValueLabels },
  validate: validateMediationCase,
  documents: [
    mediationApplicationDocument, mediationRegistrationDocument, rightsNoticeDocument, sessionRecordDocument, mediationAgreementDocument,
    returnVisitDocument, closingReportDocument,
  ],
  dossier: mediationDossier,
  attachmentPurposes: ['调解协议书签字扫描件', '调解申请书', '调解笔录', '口头协议登记表', '回访记录', '司法确认材料', '现场照片', '其他'],
  ledgerColumns: mediationLedgerColumns,
  ledgerImport: mediationImport,
  statistics: statisticsSource('mediation', mediationFactsOf),
} satisfies LedgerKindDescription<'mediationCase'>;
