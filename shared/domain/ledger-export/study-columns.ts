// 学法台账: date, form, meeting, organiser, topic, the laws studied, presenter, hours and who took part
// (the 会前学法 plan's ledger fields [W29] and the per-cadre register [W30]); a 普法活动's audience and reach.
import type { StudySession } from '../schemas/study-session';
import { joinNames, type LedgerColumn, type LedgerColumns } from './columns';

const columns: LedgerColumn<StudySession>[] = [
  { header: '学习日期', type: 'date', width: 12, value: (record) => record.heldOn },
  { header: '学习形式', type: 'text', width: 14, value: (record, context) => context.word('kind', record.kind) },
  { header: '会议名称', type: 'text', width: 20, value: (record) => record.meetingName },
  { header: '组织单位', type: 'text', width: 16, value: (record) => record.organiser },
  { header: '学习主题', type: 'text', width: 30, value: (record) => record.topic },
  { header: '所学法律法规', type: 'text', width: 30, value: (record, context) => joinNames(record.lawIds.map((id) => context.referenceName(id) ?? id)) },
  { header: '主讲人', type: 'text', width: 12, value: (record) => record.lecturer },
  { header: '学习地点', type: 'text', width: 18, value: (record) => record.place },
  { header: '学时（小时）', type: 'number', width: 12, format: '0.0', value: (record) => record.hours },
  { header: '参加人数', type: 'number', width: 10, format: '0', value: (record) => record.participants.length },
  { header: '参加人员', type: 'text', width: 36, value: (record) => joinNames(record.participants.map((participant) => participant.name)) },
  { header: '学习内容摘要', type: 'text', width: 40, value: (record) => record.summary },
  // 普法活动 only (decision 037): whom it reached and how many.
  { header: '普法对象', type: 'text', width: 18, value: (record) => record.audience },
  { header: '受众人数', type: 'number', width: 10, format: '0', value: (record) => record.peopleReached },
];

export const studyLedgerColumns: LedgerColumns<StudySession> = { sheetName: '学法记录台账', columns };
