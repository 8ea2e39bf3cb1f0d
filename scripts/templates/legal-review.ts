// 法制审核意见书: 行政处罚法 art. 58 (fields from shared/domain/documents/legal-review.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const legalReviewTemplate = () => officialDocument('法制审核意见书', [
  centred('{agencyName}'),
  title('法制审核意见书'),
  right('案号：{caseNumber}'),
  body('当事人：', '{partyName}', false),
  body('案由：', '{matter}', false),
  body('拟作出的决定：', '{proposed}', false),
  body('法律依据：', '{legalBasis}', false),
  body('审核意见：', '{opinion}', false, true),
  tag('{#notes}'),
  body('', '{line}', true, true),
  tag('{/notes}'),
  gap(),
  body('', '审核人（签名）：＿＿＿＿＿＿＿＿（{reviewer}）', false, true),
  gap(),
  right('{agencyName}（盖章）'),
  right('{reviewedOn}'),
]);
