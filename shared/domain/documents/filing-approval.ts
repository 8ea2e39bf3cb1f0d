// 立案审批表 (行政处罚法 art. 54: under the 普通程序 a case that meets the filing standard is filed at once; the filing
// starts the 90-day clock of art. 60): the case number, the 案由 (the case's 执法事项), the party with its address,
// the legal basis it falls under and the filing date, with the handling officers' opinion and the head's approval
// left to sign. 简易程序 penalties are decided on the spot (art. 51–52) and are not filed, so they have none.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import { enforcementCategoryLabels } from '../labels';
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { agencyNameOf, partyDetails, type EnforcementSource } from './enforcement-parts';
import { dateText } from './format';
import { MissingList } from './missing';

type FilingSource = EnforcementSource & Pick<EnforcementCase, 'caseNumber' | 'category' | 'procedure'>;

function fill(record: FilingSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  if (record.procedure !== 'ordinary') missing.add('DOC_NOT_ORDINARY', '程序类型为“普通程序”（简易程序当场作出决定，不立案）', 'procedure');
  const matter = missing.text(record.matter, 'matter');
  const details = partyDetails(record, missing, context);
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  const filedOn = missing.text(record.stages.filedOn, 'stages.filedOn');
  return {
    missing: missing.items,
    fields: {
      agencyName: agencyNameOf(record, context),
      caseNumber: record.caseNumber,
      category: enforcementCategoryLabels[record.category],
      matter,
      partyName: record.party.name,
      partyDetails: details,
      legalBasis,
      filedOn: filedOn ? dateText(filedOn) : '',
    },
  };
}

export const filingApprovalDocument: DocumentDescription<FilingSource> = {
  id: 'filing-approval',
  title: '立案审批表',
  template: 'filing-approval.docx',
  fill,
};
