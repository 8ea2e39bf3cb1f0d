// 学法记录: who studied what, when, for how long; 会前学法 must name the meeting and the laws from the
// catalogue (the plan counts distinct laws studied before executive meetings).
import type { Draft } from '../draft';
import { studyKindLabels } from '../labels';
import { PUBLIC_LEGAL_EDUCATION, studySessionSchema } from '../schemas/study-session';
import { checkPublicLegalEducation } from './public-legal-education';
import type { RuleContext } from './context';
import { checkDate, checkEnum, checkNumber, checkText, IssueList, isBlank, listOf, textOf } from './shape';

const props = studySessionSchema.properties;

export function validateStudySession(draft: Draft<'studySession'>, context: RuleContext): IssueList {
  const issues = new IssueList();
  checkDate(issues, draft.heldOn, 'heldOn', '学习日期', { required: true, notAfter: context.today });
  checkEnum(issues, draft.kind, studyKindLabels, 'kind', '学习形式');
  checkText(issues, draft.organiser, 'organiser', '组织单位', { required: true, maxLength: props.organiser.maxLength });
  checkText(issues, draft.topic, 'topic', '学习主题', { required: true, maxLength: props.topic.maxLength });
  const outreach = draft.kind === PUBLIC_LEGAL_EDUCATION;
  // An exam has no lecturer, nor has a 普法活动 always (leaflets at a market stall); every other form of study has someone presenting.
  checkText(issues, draft.lecturer, 'lecturer', '主讲人', { required: draft.kind !== 'exam' && !outreach, maxLength: props.lecturer.maxLength });
  checkText(issues, draft.place, 'place', '学习地点', { maxLength: props.place.maxLength });
  checkText(issues, draft.summary, 'summary', '学习内容摘要', { maxLength: props.summary.maxLength });
  checkText(issues, draft.meetingName, 'meetingName', '会议名称', { maxLength: props.meetingName.maxLength });

  if (typeof draft.hours !== 'number' || draft.hours <= 0) {
    issues.error('STUDY_HOURS_INVALID', '学习时长应大于0小时，请填写实际学习时长（可填0.5小时的整数倍）', 'hours');
  } else {
    checkNumber(issues, draft.hours, 'hours', '学习时长', { min: 0.5, max: 100, step: 0.5, unit: '小时' });
  }

  const lawIds = listOf(draft.lawIds);
  if (draft.kind === 'preMeeting') {
    if (isBlank(draft.meetingName)) {
      issues.error('STUDY_MEETING_NAME_MISSING', '会前学法须写明会议名称（如“第12次政府常务会议”）', 'meetingName');
    }
    if (lawIds.length === 0) {
      issues.error('STUDY_LAW_MISSING', '会前学法至少选择一部所学的法律法规（从法律法规目录中选择），否则不计入年度学法数', 'lawIds');
    }
  }
  const seenLaws = new Set<string>();
  lawIds.forEach((id, index) => {
    const known = context.lawIds ? context.lawIds.has(id) : id.startsWith('law:');
    if (!known) issues.error('STUDY_LAW_UNKNOWN', `第${index + 1}部法律法规“${id}”不在法律法规目录中，请从目录中选择`, `lawIds.${index}`);
    else if (seenLaws.has(id)) issues.warning('STUDY_LAW_DUPLICATE', `第${index + 1}部法律法规与前面重复，请删除重复项`, `lawIds.${index}`);
    seenLaws.add(id);
  });

  checkPublicLegalEducation(issues, draft);

  const participants = listOf(draft.participants);
  // A 普法活动 counts the public it reached (受众人数), not a name list of its own staff.
  if (participants.length === 0 && !outreach) {
    issues.warning('STUDY_PARTICIPANTS_MISSING', '尚未登记参加人员，请录入参学人员名单（或上传签到表）', 'participants');
  }
  participants.forEach((participant, index) => {
    const at = `participants.${index}`;
    if (isBlank(participant.name)) {
      issues.error('STUDY_PARTICIPANT_NAME_MISSING', `第${index + 1}名参加人员的姓名为空，请填写或删除该行`, `${at}.name`);
    } else {
      checkText(issues, participant.name, `${at}.name`, `第${index + 1}名参加人员的姓名`, { maxLength: props.participants.items.properties.name.maxLength });
    }
    const score = participant.examScore;
    if (score !== undefined && (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)) {
      issues.error('STUDY_EXAM_SCORE_RANGE', `${textOf(participant.name) || `第${index + 1}名参加人员`}的考试成绩应在0到100分之间，现为${String(score)}`, `${at}.examScore`);
    }
  });
  return issues;
}
