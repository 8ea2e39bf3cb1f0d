// 人民调解笔录: 人民调解法 art. 27 (fields from shared/domain/documents/session-record.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const sessionRecordTemplate = () => officialDocument('人民调解笔录', [
  centred('{committeeName}'),
  title('人民调解笔录'),
  right('编号：{caseNumber}'),
  body('事由：', '{summary}', false),
  body('当事人：', '{parties}', false),
  body('人民调解员：', '{mediators}', false),
  tag('{#sessions}'),
  body('{number}', '', false),
  body('时间：', '{date}', false),
  body('地点：', '{place}', false),
  body('调解情况：', '', false),
  body('', '{record}', true, true),
  tag('{/sessions}'),
  gap(),
  tag('{#signers}'),
  body('', '{role}（签名或按指印）：＿＿＿＿＿＿＿＿（{name}）', false, true),
  tag('{/signers}'),
  body('', '人民调解员（签名）：＿＿＿＿＿＿＿＿', false, true),
  body('', '记录人（签名）：＿＿＿＿＿＿＿＿', false, true),
  gap(),
  right('{committeeName}（盖章）'),
]);
