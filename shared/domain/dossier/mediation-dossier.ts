// The 卷宗 of a 人民调解 case: the checklist (labels.ts archiveDocumentLabels, in binding order) with the 文书 the
// app makes and the 附件用途 filed under each entry, and the cover (卷号, 保管期限 from the case's 卷宗 section).
import type { MissingItem } from '../documents/document';
import { archiveDocumentLabels, archiveKeepingPeriodLabels } from '../labels';
import type { ArchiveDocument, MediationCase } from '../schemas/mediation-case';
import type { DossierDescription, DossierSection } from './dossier';

const contents: Record<ArchiveDocument, Omit<DossierSection, 'title'>> = {
  application: { documents: ['mediation-application', 'mediation-registration'], attachmentPurposes: ['调解申请书'] },
  rightsNotice: { documents: ['rights-notice'], attachmentPurposes: [] },
  identity: { documents: [], attachmentPurposes: [] },
  sessionRecords: { documents: ['session-record'], attachmentPurposes: ['调解笔录'] },
  agreement: { documents: ['mediation-agreement'], attachmentPurposes: ['调解协议书签字扫描件', '口头协议登记表'] },
  returnVisits: { documents: ['return-visit'], attachmentPurposes: ['回访记录'] },
  closingReport: { documents: ['closing-report'], attachmentPurposes: [] },
  evidence: { documents: [], attachmentPurposes: ['现场照片'] },
  performanceProof: { documents: [], attachmentPurposes: [] },
  judicialConfirmation: { documents: [], attachmentPurposes: ['司法确认材料'] },
};

export const mediationDossier: DossierDescription<MediationCase> = {
  sections: (Object.keys(archiveDocumentLabels) as ArchiveDocument[]).map((key) => ({ title: archiveDocumentLabels[key], ...contents[key] })),
  cover(record, townshipName) {
    const archive = record.archive ?? {};
    const missing: MissingItem[] = [];
    if (!archive.volumeNumber) missing.push({ code: 'DOSSIER_COVER_MISSING', message: '卷号（在「卷宗归档」一栏填写）', field: 'archive.volumeNumber' });
    if (!archive.keepingPeriod) missing.push({ code: 'DOSSIER_COVER_MISSING', message: '保管期限（在「卷宗归档」一栏选择）', field: 'archive.keepingPeriod' });
    const committee = record.committee || (townshipName ? `${townshipName}人民调解委员会` : '');
    return {
      missing,
      cover: {
        title: '人民调解卷宗',
        rows: [
          ['卷号', archive.volumeNumber ?? ''],
          ['调解组织', committee],
          ['案号', record.caseNumber],
          ['当事人', record.parties.map((party) => party.name).join('、')],
          ['受理日期', record.receivedOn],
          ['结案日期', record.closedOn ?? ''],
          ['归档日期', archive.archivedOn ?? ''],
          ['保管期限', archive.keepingPeriod ? archiveKeepingPeriodLabels[archive.keepingPeriod] : ''],
        ],
      },
    };
  },
};
