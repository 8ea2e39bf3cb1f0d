// 学法记录: a study session as the generic parts of the app see it (description.ts). It has no statutory
// clock; the yearly plan counts it (figures/year-figures.ts).
import { personNameTerms, personTokens, textTokens } from '../derive/search-terms';
import { studyKindLabels } from '../labels';
import { validateStudySession } from '../rules/study';
import type { StudySession } from '../schemas/study-session';
import type { FieldLabels, LedgerKindDescription, ValueLabels } from './description';
import { studyLedgerColumns } from '../ledger-export/study-columns';

export const studyFieldLabels: FieldLabels = {
  heldOn: '学习日期', kind: '学习形式', meetingName: '会议名称', organiser: '组织单位', topic: '学习主题',
  lawIds: '所学法律法规', 'lawIds.*': '所学法律法规', lecturer: '主讲人', place: '学习地点', hours: '学习时长（小时）',
  participants: '参加人员', 'participants.*.name': '参加人员姓名', 'participants.*.officerId': '对应执法人员',
  'participants.*.examScore': '考试成绩', summary: '学习内容摘要', attachments: '附件', trashed: '回收站状态',
};

/** Coded values in words; the page adds the names of the laws and officers it has loaded. */
export const studyValueLabels: ValueLabels = { kind: studyKindLabels };

export const studySessionKind = {
  kind: 'studySession',
  label: '学法记录',
  path: '/study',
  listOrder: 'newestFirst',
  listDate: (record: Pick<StudySession, 'heldOn'>) => record.heldOn,
  searchTerms: (record: Pick<StudySession, 'topic' | 'lecturer' | 'organiser' | 'meetingName'>) =>
    [record.topic, record.meetingName, record.organiser, ...personNameTerms(record.lecturer)],
  searchTokens: (record) =>
    [...textTokens(record.topic), ...textTokens(record.meetingName), ...textTokens(record.organiser), ...personTokens(record.lecturer)],
  title: (record) => `${record.heldOn} ${record.topic}`,
  fields: { labels: studyFieldLabels, values: studyValueLabels },
  validate: validateStudySession,
  attachmentPurposes: ['签到表', '会议照片', '学习材料', '考试试卷', '其他'],
  ledgerColumns: studyLedgerColumns,
} satisfies LedgerKindDescription<'studySession'>;
