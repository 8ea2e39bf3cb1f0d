// 人民调解结案报告表: the local filling guide [W9] (fields from shared/domain/documents/closing-report.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const closingReportTemplate = () => officialDocument('人民调解结案报告表', [
  centred('{committeeName}'),
  title('人民调解结案报告表'),
  right('编号：{caseNumber}'),
  body('受案时间：', '{receivedOn}', false),
  body('结案时间：', '{closedOn}', false),
  body('案件来源：', '{source}', false),
  body('纠纷类型：', '{disputeType}', false),
  body('当事人：', '', false),
  tag('{#parties}'),
  body('', '{line}'),
  tag('{/parties}'),
  body('纠纷简要情况：', '', false),
  body('', '{summary}'),
  body('调解结果：', '', false),
  tag('{#outcome}'),
  body('', '{line}', true, true),
  tag('{/outcome}'),
  body('人民调解员：', '{mediators}', false, true),
  gap(),
  body('', '人民调解员（签名）：＿＿＿＿＿＿＿＿', false, true),
  body('', '填表人（签名）：＿＿＿＿＿＿＿＿', false, true),
  gap(),
  right('{committeeName}（盖章）'),
  right('{closedOn}'),
]);
