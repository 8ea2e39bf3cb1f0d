// 行政处罚事先告知书 (行政处罚法 art. 44): before deciding, the party is told the proposed penalty with its facts,
// reasons and basis, and its rights to 陈述 and 申辩 (art. 45: no heavier penalty for arguing) and, in the cases of
// art. 63, to ask for a hearing within five days (art. 64(一)). Made once the case records the proposed penalty.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { agencyNameOf, evidenceText, partyDetails, type EnforcementSource } from './enforcement-parts';
import { dateText, yuanText } from './format';
import { MissingList } from './missing';

type NoticeSource = EnforcementSource & { caseNumber: string };

function fill(record: NoticeSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  const details = partyDetails(record, missing, context);
  // The template closes the sentence itself.
  const facts = missing.text(record.matter, 'matter').replace(/[。.]$/, '');
  const evidence = evidenceText(record, missing);
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  const proposed = missing.text(record.notice?.proposedContent, 'notice.proposedContent');
  const notifiedOn = missing.text(record.stages.notifiedOn, 'stages.notifiedOn');
  const fine = record.notice?.proposedFine ?? 0;
  return {
    missing: missing.items,
    fields: {
      agencyName: agencyNameOf(record, context),
      caseNumber: record.caseNumber,
      partyName: record.party.name,
      partyDetails: details,
      facts,
      evidence,
      legalBasis,
      proposed,
      fineNotes: fine > 0 ? [{ line: `拟罚款金额：${yuanText(fine)}。` }] : [],
      notifiedOn: notifiedOn ? dateText(notifiedOn) : '',
    },
  };
}

export const penaltyNoticeDocument: DocumentDescription<NoticeSource> = {
  id: 'penalty-notice',
  title: '行政处罚事先告知书',
  template: 'penalty-notice.docx',
  fill,
};
