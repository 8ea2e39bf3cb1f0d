// The Chinese names of a study session's fields and coded values: the kind's description (kinds/study-session.ts), its
// documents and its pages read them from here.
import { studyKindLabels } from '../labels';
import type { FieldLabels, ValueLabels } from './field-labels';

export const studyFieldLabels: FieldLabels = {
  heldOn: '学习日期', kind: '学习形式', meetingName: '会议名称', organiser: '组织单位', topic: '学习主题',
  lawIds: '所学法律法规', 'lawIds.*': '所学法律法规', lecturer: '主讲人', place: '学习地点', hours: '学习时长（小时）',
  participants: '参加人员', 'participants.*.name': '参加人员姓名', 'participants.*.officerId': '对应执法人员',
  'participants.*.examScore': '考试成绩', summary: '学习内容摘要', audience: '普法对象', peopleReached: '受众人数（人）', attachments: '附件', trashed: '回收站状态',
};

/** Coded values in words; the page adds the names of the laws and officers it has loaded. */
export const studyValueLabels: ValueLabels = { kind: studyKindLabels };
