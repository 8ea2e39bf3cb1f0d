// 行政执法: an enforcement case as the generic parts of the app see it (description.ts).
import { filingApprovalDocument } from '../documents/filing-approval';
import { legalReviewDocument } from '../documents/legal-review';
import { penaltyDecisionDocument } from '../documents/penalty-decision';
import { penaltyNoticeDocument } from '../documents/penalty-notice';
import { serviceReceiptDocument } from '../documents/service-receipt';
import { spotPenaltyDecisionDocument } from '../documents/spot-penalty-decision';
import { enforcementDeadlines } from '../deadlines/enforcement-deadlines';
import { caseNumberTokens, hashTokens, partyNameTerms, partyTokens, personNameTerms, personTokens, textTokens } from '../derive/search-terms';
import { validateEnforcementCase } from '../rules/enforcement';
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { LedgerKindDescription } from './description';
import { enforcementFactsOf } from '../statistics/enforcement-statistics';
import { statisticsSource } from '../statistics/statistics-source';
import { enforcementFieldLabels, enforcementValueLabels } from '../fields/enforcement-case';
import { enforcementLedgerColumns } from '../ledger-export/enforcement-columns';

export const enforcementCaseKind = {
  kind: 'enforcementCase',
  label: '行政执法',
  path: '/enforcement',
  listOrder: 'newestFirst',
  listDate: (record: { stages: Pick<EnforcementCase['stages'], 'filedOn'> }) => record.stages.filedOn,
  searchTerms: (record: Pick<EnforcementCase, 'party' | 'matter'>) => [
    ...partyNameTerms(record.party),
    ...(record.party.legalRepresentative ? personNameTerms(record.party.legalRepresentative) : []),
    record.matter,
  ],
  searchTokens: (record) => [
    ...caseNumberTokens(record.caseNumber),
    ...partyTokens(record.party),
    ...personTokens(record.party.legalRepresentative),
    ...textTokens(record.matter),
    ...hashTokens(record.partyIdHashes),
  ],
  deadlines: { of: enforcementDeadlines, onWorkingDays: true },
  title: (record) => `${record.caseNumber} ${record.party.name}`,
  fields: { labels: enforcementFieldLabels, values: enforcementValueLabels },
  validate: validateEnforcementCase,
  documents: [filingApprovalDocument, penaltyNoticeDocument, legalReviewDocument, penaltyDecisionDocument, spotPenaltyDecisionDocument, serviceReceiptDocument],
  attachmentPurposes: ['执法文书扫描件', '现场检查笔录', '证据照片', '送达回证', '法制审核意见', '其他'],
  ledgerColumns: enforcementLedgerColumns,
  statistics: statisticsSource('enforcement', enforcementFactsOf),
} satisfies LedgerKindDescription<'enforcementCase'>;
