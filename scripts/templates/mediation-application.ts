// 人民调解申请书: 人民调解法 art. 17 and the local form (fields from shared/domain/documents/mediation-application.ts).
import { body, gap, officialDocument, right, tag, title } from './official-style';

export const mediationApplicationTemplate = () => officialDocument('人民调解申请书', [
  title('人民调解申请书'),
  body('当事人基本情况：', '', false),
  tag('{#parties}'),
  body('', '{line}'),
  tag('{/parties}'),
  body('纠纷简要情况：', '', false),
  body('', '{summary}'),
  body('申请事项：', '', false),
  body('', '{claims}'),
  body('', '以上纠纷，申请人自愿申请{committeeName}调解，保证如实陈述纠纷事实，遵守调解秩序。', true, true),
  gap(),
  tag('{#applicants}'),
  body('', '申请人（签名或按指印）：＿＿＿＿＿＿＿＿（{name}）', false),
  tag('{/applicants}'),
  right('{receivedOn}'),
]);
