// 送达回证 of the 行政处罚决定书 (行政处罚法 art. 61: the decision is handed to the party on the spot, or served within
// seven days under the 民事诉讼法; the proof of service goes into the file, art. 47): what is served with its number,
// the party and where it is served. It is printed before service: how it was served, the officers' and the party's
// signatures and the day of receipt are written by hand.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { agencyNameOf, type EnforcementSource } from './enforcement-parts';
import { personalText } from './format';
import { MissingList } from './missing';

type ReceiptSource = EnforcementSource & Pick<EnforcementCase, 'caseNumber'>;

function fill(record: ReceiptSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  if (record.decision?.outcome !== 'penalty') missing.add('DOC_NOT_PENALTY', '决定结果为“给予行政处罚”', 'decision.outcome');
  const documentNumber = missing.text(record.decision?.documentNumber, 'decision.documentNumber');
  const address = missing.text(record.personal.address, 'personal.address');
  return {
    missing: missing.items,
    fields: {
      agencyName: agencyNameOf(record, context),
      caseNumber: record.caseNumber,
      documentNumber,
      partyName: record.party.name,
      address: address ? personalText('address', address, context.showPersonal) : '',
    },
  };
}

export const serviceReceiptDocument: DocumentDescription<ReceiptSource> = {
  id: 'service-receipt',
  title: '送达回证',
  template: 'service-receipt.docx',
  fill,
};
