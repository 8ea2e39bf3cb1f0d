// 立案审批表: 行政处罚法 art. 54 (fields from shared/domain/documents/filing-approval.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const filingApprovalTemplate = () => officialDocument('立案审批表', [
  centred('{agencyName}'),
  title('立案审批表'),
  right('案号：{caseNumber}'),
  body('执法类别：', '{category}', false),
  body('案由：', '{matter}', false),
  body('当事人：', '{partyName}', false),
  tag('{#partyDetails}'),
  body('', '{line}', false),
  tag('{/partyDetails}'),
  body('涉嫌违反的规定及处罚依据：', '{legalBasis}', false),
  body('立案日期：', '{filedOn}', false, true),
  gap(),
  body('承办人意见：', '', false, true),
  gap(),
  body('', '承办人（签名）：＿＿＿＿＿＿＿＿　＿＿＿＿＿＿＿＿　　　　年　　月　　日', false, true),
  gap(),
  body('负责人审批意见：', '', false, true),
  gap(),
  body('', '负责人（签名）：＿＿＿＿＿＿＿＿　　　　年　　月　　日', false, true),
  gap(),
  right('{agencyName}（盖章）'),
]);
