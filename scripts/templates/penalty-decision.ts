// 行政处罚决定书: the paper of 行政处罚法 art. 59 (fields from shared/domain/documents/penalty-decision.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const penaltyDecisionTemplate = () => officialDocument('行政处罚决定书', [
  centred('{agencyName}'),
  title('行政处罚决定书'),
  centred('{documentNumber}'),
  body('当事人：', '{partyName}', false),
  tag('{#partyDetails}'),
  body('', '{line}', false),
  tag('{/partyDetails}'),
  body('违法事实：', '{facts}'),
  body('证据：', '{evidence}'),
  body('处罚依据：', '{legalBasis}'),
  body('处罚内容：', '本机关决定对当事人作出如下行政处罚：{content}'),
  tag('{#paymentNotes}'),
  body('', '{line}'),
  tag('{/paymentNotes}'),
  body('履行方式和期限：', '{performance}'),
  body('申请行政复议、提起行政诉讼的途径和期限：', '{remedies}。当事人对行政处罚决定不服，申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。', true, true),
  gap(),
  gap(),
  right('{agencyName}（盖章）'),
  right('{decidedOn}'),
]);
