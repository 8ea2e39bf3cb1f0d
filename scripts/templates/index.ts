// Each shipped template by its file name (the name a document's description gives).
import type { Document } from 'docx';
import { mediationAgreementTemplate } from './mediation-agreement';
import { mediationApplicationTemplate } from './mediation-application';
import { penaltyDecisionTemplate } from './penalty-decision';
import { penaltyNoticeTemplate } from './penalty-notice';
import { rightsNoticeTemplate } from './rights-notice';
import { sessionRecordTemplate } from './session-record';

export const shippedTemplates: Readonly<Record<string, () => Document>> = {
  'mediation-application.docx': mediationApplicationTemplate,
  'rights-notice.docx': rightsNoticeTemplate,
  'session-record.docx': sessionRecordTemplate,
  'mediation-agreement.docx': mediationAgreementTemplate,
  'penalty-notice.docx': penaltyNoticeTemplate,
  'penalty-decision.docx': penaltyDecisionTemplate,
};
