// 当场处罚决定书 (行政处罚法 art. 52): under the 简易程序 (art. 51) the officers show their certificates and fill a
// numbered form on the spot stating the party's violation, the kind and basis of the penalty, the fine, the time
// and place, the channels and deadlines for 行政复议 and 行政诉讼 and the organ's name; they sign it, hand it to the
// party there, and report it to their organ. Only a 简易程序 case decided with a penalty has one.
import { enforcementFieldLabels } from '../fields/enforcement-case';
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { paymentNotesOf, penaltyDecisionHead, type EnforcementSource } from './enforcement-parts';
import { dateText } from './format';
import { MissingList } from './missing';

type SpotSource = EnforcementSource & Pick<EnforcementCase, 'procedure'>;

/** 行政处罚法 art. 67(三): without another manner stated, the fine is paid at the bank within 15 days. */
const defaultPerformance = '当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款';

function fill(record: SpotSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  const decision = record.decision;
  if (record.procedure !== 'simple') missing.add('DOC_NOT_SIMPLE', '程序类型为“简易程序”（普通程序请出具行政处罚决定书）', 'procedure');
  const head = penaltyDecisionHead(record, missing, context, false);
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  const content = missing.text(decision?.content, 'decision.content');
  const remedies = missing.text(decision?.remedies, 'decision.remedies');
  const place = missing.text(decision?.place, 'decision.place');
  const decidedOn = missing.text(record.stages.decidedOn, 'stages.decidedOn');
  const fined = (decision?.fineAmount ?? 0) > 0;
  const performance = decision?.performance?.trim() || (fined ? defaultPerformance : '');
  return {
    missing: missing.items,
    fields: {
      ...head,
      legalBasis,
      content,
      paymentNotes: paymentNotesOf(decision?.fineAmount),
      performance: performance ? [{ line: performance }] : [],
      remedies,
      place,
      decidedOn: decidedOn ? dateText(decidedOn) : '',
    },
  };
}

export const spotPenaltyDecisionDocument: DocumentDescription<SpotSource> = {
  id: 'spot-penalty-decision',
  title: '当场行政处罚决定书',
  template: 'spot-penalty-decision.docx',
  fill,
};
