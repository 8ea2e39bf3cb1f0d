// Each shipped template by its file name (the name a document's description gives).
import type { Document } from 'docx';
import { closingReportTemplate } from './closing-report';
import { filingApprovalTemplate } from './filing-approval';
import { legalReviewTemplate } from './legal-review';
import { mediationAgreementTemplate } from './mediation-agreement';
import { mediationApplicationTemplate } from './mediation-application';
import { mediationRegistrationTemplate } from './mediation-registration';
import { penaltyDecisionTemplate } from './penalty-decision';
import { penaltyNoticeTemplate } from './penalty-notice';
import { returnVisitTemplate } from './return-visit';
import { rightsNoticeTemplate } from './rights-notice';
import { serviceReceiptTemplate } from './service-receipt';
import { sessionRecordTemplate } from './session-record';
import { spotPenaltyDecisionTemplate } from './spot-penalty-decision';
import { signInSheetTemplate } from './sign-in-sheet';
import { studyRecordTemplate } from './study-record';

export const shippedTemplates: Readonly<Record<string, () => Document>> = {
  'mediation-application.docx': mediationApplicationTemplate,
  'rights-notice.docx': rightsNoticeTemplate,
  'session-record.docx': sessionRecordTemplate,
  'mediation-agreement.docx': mediationAgreementTemplate,
  'penalty-notice.docx': penaltyNoticeTemplate,
  'penalty-decision.docx': penaltyDecisionTemplate,
  'spot-penalty-decision.docx': spotPenaltyDecisionTemplate,
  'mediation-registration.docx': mediationRegistrationTemplate,
  'return-visit.docx': returnVisitTemplate,
  'closing-report.docx': closingReportTemplate,
  'filing-approval.docx': filingApprovalTemplate,
  'legal-review.docx': legalReviewTemplate,
  'service-receipt.docx': serviceReceiptTemplate,
  'study-record.docx': studyRecordTemplate,
  'sign-in-sheet.docx': signInSheetTemplate,
};
