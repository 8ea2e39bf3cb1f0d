// 行政处罚决定书 (行政处罚法 art. 59): the party's name or title and address; the facts and evidence of the
// violation; the penalty and its legal basis; the manner and deadline of performance; the channels and
// deadlines for 行政复议 and 行政诉讼; the organ's name and the date, under its seal. Only a case decided with
// a penalty (决定结果: 给予行政处罚) has one.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { agencyNameOf, evidenceText, partyDetails, paymentNotesOf, type EnforcementSource } from './enforcement-parts';
import { dateText } from './format';
import { MissingList } from './missing';

function fill(record: EnforcementSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  const decision = record.decision;
  if (decision?.outcome !== 'penalty') missing.add('DOC_NOT_PENALTY', '决定结果为“给予行政处罚”', 'decision.outcome');
  const documentNumber = missing.text(decision?.documentNumber, 'decision.documentNumber');
  const details = partyDetails(record, missing, context);
  const facts = missing.text(record.matter, 'matter');
  const evidence = evidenceText(record, missing);
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  const content = missing.text(decision?.content, 'decision.content');
  const performance = missing.text(decision?.performance, 'decision.performance');
  const remedies = missing.text(decision?.remedies, 'decision.remedies');
  const decidedOn = missing.text(record.stages.decidedOn, 'stages.decidedOn');
  return {
    missing: missing.items,
    fields: {
      agencyName: agencyNameOf(record, context),
      documentNumber,
      partyName: record.party.name,
      partyDetails: details,
      facts,
      evidence,
      legalBasis,
      content,
      paymentNotes: paymentNotesOf(decision?.fineAmount),
      performance,
      remedies,
      decidedOn: decidedOn ? dateText(decision?.sealedOn ?? decidedOn) : '',
    },
  };
}

export const penaltyDecisionDocument: DocumentDescription<EnforcementSource> = {
  id: 'penalty-decision',
  title: '行政处罚决定书',
  template: 'penalty-decision.docx',
  fill,
};
