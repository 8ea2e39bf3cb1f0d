// 人民调解回访记录: 人民调解法 art. 31 (fields from shared/domain/documents/return-visit.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const returnVisitTemplate = () => officialDocument('人民调解回访记录', [
  centred('{committeeName}'),
  title('人民调解回访记录'),
  body('当事人：', '{parties}', false),
  body('协议编号：', '{caseNumber}', false),
  body('回访事由：', '了解调解协议的履行情况', false),
  tag('{#visits}'),
  body('{number}', '', false),
  body('回访时间：', '{date}', false),
  body('回访人：', '{visitor}', false),
  body('回访情况：', '', false),
  body('', '{situation}', true, true),
  body('', '回访人（签名）：＿＿＿＿＿＿＿＿（{visitor}）', false, true),
  gap(),
  tag('{/visits}'),
  right('{committeeName}（盖章）'),
]);
