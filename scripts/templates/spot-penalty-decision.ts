// 当场行政处罚决定书: the numbered form of 行政处罚法 art. 52 (fields from shared/domain/documents/spot-penalty-decision.ts).
import { body, centred, officialDocument, right, tag, title } from './official-style';

export const spotPenaltyDecisionTemplate = () => officialDocument('当场行政处罚决定书', [
  centred('{agencyName}'),
  title('当场行政处罚决定书'),
  centred('编号：{documentNumber}'),
  body('当事人：', '{partyName}', false),
  tag('{#partyDetails}'),
  body('', '{line}', false),
  tag('{/partyDetails}'),
  body('违法行为：', '{facts}'),
  body('处罚依据：', '{legalBasis}'),
  body('处罚种类和内容：', '{content}'),
  tag('{#paymentNotes}'),
  body('', '{line}'),
  tag('{/paymentNotes}'),
  tag('{#performance}'),
  body('履行方式和期限：', '{line}'),
  tag('{/performance}'),
  body('处罚时间：', '{decidedOn}　　处罚地点：{place}', false),
  body('申请行政复议、提起行政诉讼的途径和期限：', '{remedies}', true, true),
  body('', '执法人员签名：＿＿＿＿＿＿　执法证号：＿＿＿＿＿＿', false, true),
  body('', '执法人员签名：＿＿＿＿＿＿　执法证号：＿＿＿＿＿＿', false, true),
  body('', '当事人签收：＿＿＿＿＿＿（拒绝签收的，执法人员注明）', false, true),
  body('', '本决定书当场交付当事人，报所属行政机关备案。', false, true),
  right('{agencyName}（盖章）'),
  right('{decidedOn}'),
]);
