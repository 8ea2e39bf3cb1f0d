// 送达回证 of the 行政处罚决定书: 行政处罚法 art. 61 (fields from shared/domain/documents/service-receipt.ts).
import { body, centred, gap, officialDocument, right, title } from './official-style';

export const serviceReceiptTemplate = () => officialDocument('送达回证', [
  centred('{agencyName}'),
  title('送达回证'),
  right('案号：{caseNumber}'),
  body('送达文书名称及文号：', '行政处罚决定书（{documentNumber}）', false),
  body('受送达人：', '{partyName}', false),
  body('送达地点：', '{address}', false),
  body('送达方式：', '＿＿＿＿＿＿＿＿', false),
  gap(),
  body('', '送达人（签名）：＿＿＿＿＿＿＿＿　＿＿＿＿＿＿＿＿　　　　年　　月　　日', false, true),
  gap(),
  body('', '受送达人（签名或盖章）：＿＿＿＿＿＿＿＿　　　　年　　月　　日', false, true),
  gap(),
  body('', '代收人及代收理由：＿＿＿＿＿＿＿＿', false, true),
  body('', '备注：＿＿＿＿＿＿＿＿', false, true),
  gap(),
  right('{agencyName}（盖章）'),
]);
