// 人民调解受理登记表: 人民调解法 art. 17, 27 (fields from shared/domain/documents/mediation-registration.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const mediationRegistrationTemplate = () => officialDocument('人民调解受理登记表', [
  centred('{committeeName}'),
  title('人民调解受理登记表'),
  right('编号：{caseNumber}'),
  body('受理日期：', '{receivedOn}', false),
  body('纠纷类型：', '{disputeType}', false),
  body('案件来源：', '{source}', false),
  body('当事人：', '', false),
  tag('{#parties}'),
  body('', '{line}'),
  tag('{/parties}'),
  body('纠纷简要情况：', '', false),
  body('', '{summary}', true, true),
  gap(),
  tag('{#signers}'),
  body('', '{role}（签名或按指印）：＿＿＿＿＿＿＿＿（{name}）', false, true),
  tag('{/signers}'),
  body('', '登记人（签名）：＿＿＿＿＿＿＿＿', false, true),
  gap(),
  right('{committeeName}（盖章）'),
  right('{receivedOn}'),
]);
