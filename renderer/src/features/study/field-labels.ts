// Chinese names of the study-session record's fields, for issues, history and the form alike.
import { studyKindLabels } from '#shared/domain/labels';
import type { ValueLabels } from '../../components/detail/HistoryPanel';
import type { FieldLabels } from '../../components/form/field-labels';

export const studyFieldLabels: FieldLabels = {
  heldOn: '学习日期', kind: '学习形式', meetingName: '会议名称', organiser: '组织单位', topic: '学习主题',
  lawIds: '所学法律法规', 'lawIds.*': '所学法律法规', lecturer: '主讲人', place: '学习地点', hours: '学习时长（小时）',
  participants: '参加人员', 'participants.*.name': '参加人员姓名', 'participants.*.officerId': '对应执法人员',
  'participants.*.examScore': '考试成绩', summary: '学习内容摘要', attachments: '附件', trashed: '回收站状态',
};

/** Coded values in history, in words; laws and officers are named from the lists the page has loaded. */
export function studyValueLabels(lawNames: Record<string, string>, officerNames: Record<string, string>): ValueLabels {
  return { kind: studyKindLabels, 'lawIds.*': lawNames, 'participants.*.officerId': officerNames };
}
