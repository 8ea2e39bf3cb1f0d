// 学法记录 (fields from shared/domain/documents/study-record.ts).
import { body, centred, gap, officialDocument, tag, title } from './official-style';

export const studyRecordTemplate = () => officialDocument('学法记录', [
  centred('{organiser}'),
  title('学法记录'),
  body('学习主题：', '{topic}', false),
  body('学习形式：', '{kind}', false),
  tag('{#meetings}'),
  body('会议名称：', '{line}', false),
  tag('{/meetings}'),
  body('学习时间：', '{heldOn}', false),
  body('学习地点：', '{place}', false),
  body('学习时长：', '{hours}', false),
  body('主讲人：', '{lecturer}', false),
  tag('{#lawLines}'),
  body('所学法律法规：', '{line}', false),
  tag('{/lawLines}'),
  body('参加人员：', '{participants}', false),
  body('学习内容：', '', false),
  body('', '{summary}', true, true),
  gap(),
  body('', '记录人（签名）：＿＿＿＿＿＿＿＿　　　　年　　月　　日', false, true),
]);
