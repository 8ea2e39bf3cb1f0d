// 行政处罚决定书 (行政处罚法 art. 59): the party's name or title and address; the facts and evidence of the
// violation; the penalty and its legal basis; the manner and deadline of performance; the channels and
// deadlines for 行政复议 and 行政诉讼; the organ's name and the date, under its seal. Only a case decided with
// a penalty (决定结果: 给予行政处罚) has one.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { evidenceText, paymentNotesOf, penaltyDecisionHead, type EnforcementSource } from './enforcement-parts';
import { dateText } from './format';
import { MissingList } from './missing';

function fill(record: EnforcementSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  const decision = record.decision;
  const head = penaltyDecisionHead(record, missing, context);
  const evidence = evidenceText(record, missing);
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  const content = missing.text(decision?.content, 'decision.content');
  const performance = missing.text(decision?.performance, 'decision.performance');
  const remedies = missing.text(decision?.remedies, 'decision.remedies');
  const decidedOn = missing.text(record.stages.decidedOn, 'stages.decidedOn');
  return {
    missing: missing.items,
    fields: {
      ...head,
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
