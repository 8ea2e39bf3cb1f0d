// 学法 from an office's Excel 学法台账: one row a session, with the laws studied and who took part each in one
// cell (《行政处罚法》、《民法典》 / 张三、李四), the way the 会前学法 ledger keeps them. Headers of the app's own
// export map by themselves. A 普法活动 row (decision 037) needs no 主讲人 or 参加人员 but carries 普法对象 and
// 受众人数; whether those are given is the PLE_* rules' to say, in the dry run as in the form.
import type { Draft } from '../draft';
import { studyKindLabels } from '../labels';
import { PUBLIC_LEGAL_EDUCATION } from '../schemas/study-session';
import { cellNames, cellText } from './cells';
import type { ImportContext, ImportField, ImportRow, LedgerImport, RowDraft } from './description';
import { codeOf, dateField, labelField, missingRequired, numberField } from './row-fields';

const fields: ImportField[] = [
  { key: 'heldOn', label: '学习日期', aliases: ['学习时间', '日期', '时间'], required: true },
  { key: 'kind', label: '学习形式', aliases: ['学法形式', '形式', '类型'], required: true },
  { key: 'meetingName', label: '会议名称', aliases: ['会议'], required: false },
  { key: 'organiser', label: '组织单位', aliases: ['主办单位', '组织者'], required: false },
  { key: 'topic', label: '学习主题', aliases: ['主题', '学习内容'], required: true },
  { key: 'laws', label: '所学法律法规', aliases: ['学习法律法规', '法律法规', '所学法律'], required: false },
  { key: 'lecturer', label: '主讲人', aliases: ['授课人', '主讲'], required: true },
  { key: 'place', label: '学习地点', aliases: ['地点'], required: false },
  { key: 'hours', label: '学时（小时）', aliases: ['学时', '时长'], required: true },
  { key: 'participants', label: '参加人员', aliases: ['参学人员', '参加人'], required: true },
  { key: 'summary', label: '学习内容摘要', aliases: ['内容摘要', '摘要'], required: false },
  { key: 'audience', label: '普法对象', aliases: ['宣传对象', '受众对象'], required: false },
  { key: 'peopleReached', label: '受众人数', aliases: ['受众人次', '覆盖人数'], required: false },
];

/** What a 普法活动 may leave empty of the columns every other 学法 row must fill. */
const notNeededForPublicEducation = new Set(['lecturer', 'participants']);

/** A law as officials write it: 《中华人民共和国行政处罚法》 or without the marks. */
const lawTitle = (written: string) => written.replace(/^《|》$/g, '').trim();

function draftOf(row: ImportRow, context: ImportContext): RowDraft<'studySession'> {
  const problems: string[] = [];
  const publicEducation = codeOf(studyKindLabels, cellText(row.kind)) === PUBLIC_LEGAL_EDUCATION;
  missingRequired(row, publicEducation ? fields.filter((field) => !notNeededForPublicEducation.has(field.key)) : fields, problems);
  const heldOn = dateField(row, 'heldOn', '学习日期', problems);
  const kind = labelField(row, 'kind', '学习形式', studyKindLabels, problems);
  const hours = numberField(row, 'hours', '学时', problems);
  if (hours !== undefined && (hours < 0 || hours > 100 || !Number.isInteger(hours * 2))) {
    problems.push(`学时“${cellText(row.hours)}”应为0到100之间、以0.5小时为单位的数`);
  }
  const peopleReached = cellText(row.peopleReached) === '' ? undefined : numberField(row, 'peopleReached', '受众人数', problems);
  const lawIds: string[] = [];
  for (const written of cellNames(row.laws)) {
    const id = context.lawIdByName(lawTitle(written));
    if (id) lawIds.push(id);
    else problems.push(`法律法规“${written}”不在基础数据的法律法规目录中`);
  }
  if (problems.length > 0 || !heldOn || !kind || hours === undefined) return { ok: false, problems };

  const meetingName = cellText(row.meetingName);
  const place = cellText(row.place);
  const summary = cellText(row.summary);
  const audience = cellText(row.audience);
  const draft: Draft<'studySession'> = {
    heldOn, kind, organiser: cellText(row.organiser) || context.organiser, topic: cellText(row.topic),
    lawIds: [...new Set(lawIds)], lecturer: cellText(row.lecturer), hours,
    participants: [...new Set(cellNames(row.participants))].map((name) => {
      const officerId = context.officerIdByName(name);
      return officerId ? { name, officerId } : { name };
    }),
    attachments: [],
    ...(meetingName ? { meetingName } : {}),
    ...(place ? { place } : {}),
    ...(summary ? { summary } : {}),
    ...(audience ? { audience } : {}),
    ...(peopleReached !== undefined ? { peopleReached } : {}),
  };
  return { ok: true, draft };
}

export const studyImport: LedgerImport<'studySession'> = {
  fields,
  draftOf,
  /** The same session: its day, form, topic and meeting. */
  sameCaseKey: (draft) => [draft.heldOn, draft.kind, draft.topic.trim(), draft.meetingName?.trim() ?? ''].join('|'),
};
