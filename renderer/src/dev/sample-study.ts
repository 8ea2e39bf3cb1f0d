// Sample 学法 sessions: 会前学法 before executive meetings with laws from the catalogue,
// officer trainings attended by the sample officers, lectures and exams with scores, and 普法活动 at the market.
import type { Draft } from '#shared/domain/draft';
import type { StudyKind } from '#shared/domain/schemas/study-session';
import type { Random } from './prng';
import { addDays, dayBetween, samplePersonName, type SampleContext } from './sample-context';
import type { SampleOfficerRef } from './sample-officer';

type StudyDraft = Draft<'studySession'>;

const KIND_WEIGHTS: Record<StudyKind, number> = { preMeeting: 35, centralGroup: 15, cadre: 20, officerTraining: 10, lecture: 15, exam: 5, publicLegalEducation: 10 };

const KIND_NAMES: Record<StudyKind, string> = {
  preMeeting: '政府常务会议会前学法', centralGroup: '党委理论学习中心组学法', cadre: '干部集中学法',
  officerTraining: '行政执法人员培训', lecture: '法治讲座', exam: '学法考试',
  publicLegalEducation: '“谁执法谁普法”进集市',
};

const someone = (random: Random) => samplePersonName(random, random.chance(0.6) ? 'male' : 'female');

export function sampleStudySession(random: Random, context: SampleContext, officers: readonly SampleOfficerRef[]): StudyDraft {
  const kind = random.weighted(KIND_WEIGHTS);
  const heldOn = dayBetween(random, context.firstDay, addDays(context.today, -1));
  const laws = context.laws.length > 0 ? random.sample(context.laws, kind === 'preMeeting' ? random.int(1, 2) : random.int(1, 3)) : [];
  const lawNames = laws.map((law) => `《${law.name}》`).join('、');
  const training = kind === 'officerTraining';
  const outreach = kind === 'publicLegalEducation';
  const onDuty = officers.filter((officer) => officer.status === 'active');
  const participants: StudyDraft['participants'] = outreach ? [] : training
    ? random.sample(onDuty, Math.max(2, Math.ceil(onDuty.length * 0.8))).map((officer) => ({ name: officer.name, officerId: officer.id }))
    : Array.from({ length: random.int(6, 20) }, () => ({ name: someone(random) }));
  if (kind === 'exam' || (training && random.chance(0.5))) {
    for (const participant of participants) participant.examScore = random.int(62, 100);
  }
  const month = Number(heldOn.slice(5, 7));
  return {
    heldOn,
    kind,
    ...(kind === 'preMeeting' ? { meetingName: `${heldOn.slice(0, 4)}年第${String(month * 2 - random.int(0, 1))}次政府常务会议` } : {}),
    organiser: training || outreach ? `${context.township.name}综合行政执法办公室` : `${context.township.name}党政办公室`,
    topic: lawNames ? `${KIND_NAMES[kind]}：${outreach ? '宣传' : '学习'}${lawNames}` : KIND_NAMES[kind],
    lawIds: laws.map((law) => law.id),
    lecturer: random.chance(0.3) ? `县司法局${someone(random)}` : `${context.township.name}司法所${someone(random)}`,
    place: outreach ? `${context.township.name}农贸市场` : `${context.township.name}政府三楼会议室`,
    ...(outreach ? { audience: '赶集群众及市场商户', peopleReached: random.int(30, 300) } : {}),
    hours: training ? random.int(4, 16) / 2 : random.int(1, 4) / 2,
    participants,
    summary: `${KIND_NAMES[kind]}，重点解读了${lawNames || '相关法律法规'}的主要内容和基层执法、办事中的注意事项，参加人员做了学习记录。`,
    attachments: [],
  };
}
