// 行政处罚事先告知书: the paper of 行政处罚法 art. 44 (fields from shared/domain/documents/penalty-notice.ts).
import { body, centred, gap, officialDocument, right, tag, title } from './official-style';

export const penaltyNoticeTemplate = () => officialDocument('行政处罚事先告知书', [
  centred('{agencyName}'),
  title('行政处罚事先告知书'),
  right('案号：{caseNumber}'),
  body('当事人：', '{partyName}', false),
  tag('{#partyDetails}'),
  body('', '{line}', false),
  tag('{/partyDetails}'),
  body('', '经调查，本机关认定你（单位）存在以下违法事实：{facts}。'),
  body('证据：', '{evidence}'),
  body('', '依据{legalBasis}的规定，本机关拟对你（单位）作出如下行政处罚：{proposed}'),
  tag('{#fineNotes}'),
  body('', '{line}'),
  tag('{/fineNotes}'),
  body('', '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。本机关不得因你（单位）陈述、申辩而给予更重的处罚。'),
  body('', '拟作出的行政处罚属于《中华人民共和国行政处罚法》第六十三条规定情形的，你（单位）有权要求听证；要求听证的，应当在收到本告知书之日起五日内提出。', true, true),
  gap(),
  right('{agencyName}（盖章）'),
  right('{notifiedOn}'),
  gap(),
  body('', '当事人签收：＿＿＿＿＿＿＿＿　　　　年　　月　　日', false),
]);
