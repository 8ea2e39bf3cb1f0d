// 人民调解权利义务告知书: 人民调解法 art. 4, 23, 24 (fields from shared/domain/documents/rights-notice.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const rightsNoticeTemplate = () => officialDocument('人民调解权利义务告知书', [
  centred('{committeeName}'),
  title('人民调解权利义务告知书'),
  right('编号：{caseNumber}'),
  body('', '{partyNames}：', false),
  body('', '人民调解委员会调解民间纠纷，不收取任何费用。根据《中华人民共和国人民调解法》的规定，现将你们在人民调解活动中享有的权利和履行的义务告知如下：'),
  body('一、当事人享有下列权利：', ''),
  body('', '（一）选择或者接受人民调解员；'),
  body('', '（二）接受调解、拒绝调解或者要求终止调解；'),
  body('', '（三）要求调解公开进行或者不公开进行；'),
  body('', '（四）自主表达意愿、自愿达成调解协议。'),
  body('二、当事人履行下列义务：', ''),
  body('', '（一）如实陈述纠纷事实；'),
  body('', '（二）遵守调解现场秩序，尊重人民调解员；'),
  body('', '（三）尊重对方当事人行使权利。', true, true),
  gap(),
  right('{committeeName}（盖章）'),
  right('{givenOn}'),
  gap(),
  body('', '以上权利义务，我已知悉。', false),
  tag('{#signers}'),
  body('', '{role}（签名或按指印）：＿＿＿＿＿＿＿＿（{name}）', false),
  tag('{/signers}'),
]);
