// Sample 人民调解 cases: two or three parties, sessions with records, and an outcome that fits
// the status — a complete written (or recorded oral) agreement for 调解成功, a closing note for
// 不成功 / 终止 (人民调解法 art. 26–29), open cases dated recently.
import type { Draft } from '#shared/domain/draft';
import type { MediationStatus } from '#shared/domain/schemas/mediation-case';
import { COMPANY_SUFFIXES, VILLAGES } from './names';
import type { Random } from './prng';
import { addDays, ageOn, dayBetween, earlier, samplePerson, type SampleContext, type SamplePerson } from './sample-context';
import { sampleMobile } from './identity';
import { withSampleCaseFile } from './sample-mediation-file';

type MediationDraft = Draft<'mediationCase'>;

/** What the dispute is about, by the default dispute-type codes; other codes get a general matter. */
const MATTERS: Record<string, readonly string[]> = {
  'hunyin-jiating': ['离婚后子女抚养费给付', '夫妻共同财产分割', '赡养老人费用分担'],
  linli: ['院墙排水', '共用通道堆放杂物', '房前树木遮挡采光', '饲养家禽损坏菜园'],
  'fangwu-zhaijidi': ['宅基地边界', '房屋翻建占地', '老宅继承使用'],
  hetong: ['土地承包经营权流转租金', '农机作业费', '粮食买卖货款', '房屋租赁押金'],
  'sunhai-peichang': ['农机碰撞造成损失', '牲畜走失毁坏庄稼', '施工损坏房屋'],
  'shanlin-tudi': ['承包地边界', '林地使用权', '开荒地归属'],
  'laodong-zhengyi': ['务工工资拖欠', '务工受伤赔偿'],
  'daolu-jiaotong-shigu': ['道路交通事故赔偿'],
};
const GENERAL_MATTERS = ['借款偿还', '财物归属', '水田灌溉用水', '损失赔偿'] as const;

const matterOf = (random: Random, disputeType: string): string => random.pick(MATTERS[disputeType] ?? GENERAL_MATTERS);

const STATUS_WEIGHTS: Record<MediationStatus, number> = { succeeded: 60, failed: 12, terminated: 10, mediating: 10, accepted: 8 };
const SOURCE_WEIGHTS = { application: 50, proactive: 30, police: 8, court: 4, government: 8 } as const;

function sessionRecord(applicant: string, respondent: string, matter: string, outcome: string): string {
  return `调解员告知双方权利义务。${applicant}陈述：双方因${matter}产生争议，要求对方承担责任。${respondent}陈述了不同意见。`
    + `调解员核实了现场情况和相关证据，释法说理，${outcome}`;
}

interface SampleParties {
  parties: MediationDraft['parties'];
  personal: MediationDraft['personal'];
  applicant: string;
  respondent: string;
}

function sampleParties(random: Random, context: SampleContext, receivedOn: string): SampleParties {
  const people: SamplePerson[] = [samplePerson(random, context, receivedOn), samplePerson(random, context, receivedOn)];
  if (random.chance(0.12)) people.push(samplePerson(random, context, receivedOn));
  const parties: MediationDraft['parties'] = people.map((person, index) => ({
    partyId: `p${String(index + 1)}`,
    role: index === 0 ? 'applicant' : index === 1 ? 'respondent' : 'third',
    kind: 'person',
    name: person.name,
    gender: person.gender,
    ethnicity: person.ethnicity,
    age: ageOn(person.birthDate, receivedOn),
    occupation: person.occupation,
  }));
  const personal: MediationDraft['personal'] = {
    parties: people.map((person, index) => ({ partyId: `p${String(index + 1)}`, idNumber: person.idNumber, phone: person.phone, address: person.address })),
  };
  if (random.chance(0.06)) {
    // An organisation as respondent (a co-operative that hired or rented from the applicant).
    const name = `绥滨县${random.pick(VILLAGES).replace('村', '')}${random.pick(COMPANY_SUFFIXES)}`;
    parties[1] = { partyId: 'p2', role: 'respondent', kind: 'organisation', name };
    personal.parties[1] = { partyId: 'p2', phone: sampleMobile(random), address: `黑龙江省鹤岗市绥滨县${context.township.name}` };
  }
  return { parties, personal, applicant: parties[0]?.name ?? '', respondent: parties[1]?.name ?? '' };
}

export function sampleMediationCase(random: Random, context: SampleContext, mediators: readonly string[]): MediationDraft {
  return withSampleCaseFile(random, context, sampleCaseAndOutcome(random, context, mediators));
}

function sampleCaseAndOutcome(random: Random, context: SampleContext, mediators: readonly string[]): MediationDraft {
  const status = random.weighted(STATUS_WEIGHTS);
  const open = status === 'accepted' || status === 'mediating';
  // Open cases are recent; closed ones leave room for sessions, a closing date and return visits.
  const receivedOn = open
    ? dayBetween(random, addDays(context.today, -45), context.today)
    : dayBetween(random, context.firstDay, addDays(context.today, -40));
  const disputeType = random.pick(context.disputeTypes);
  const matter = matterOf(random, disputeType);
  const { parties, personal, applicant, respondent } = sampleParties(random, context, receivedOn);
  const caseMediators = random.sample(mediators, random.chance(0.6) ? 2 : 1);
  const place = random.pick([`${context.township.name}司法所调解室`, `${random.pick(VILLAGES)}村委会`, '纠纷现场']);

  const draft: MediationDraft = {
    committee: context.township.committee,
    source: random.weighted(SOURCE_WEIGHTS),
    receivedOn,
    disputeType,
    summary: `${applicant}与${respondent}因${matter}发生纠纷，经多次协商未果，${applicant}向${context.township.committee}申请调解。`,
    claims: `请求依法解决${matter}问题。`,
    parties,
    personal,
    mediators: caseMediators,
    status,
    sessions: [],
    returnVisits: [],
    attachments: [],
  };
  if (status === 'accepted') return draft;

  const sessionCount = status === 'terminated' ? random.int(0, 1) : random.int(1, 3);
  let day = receivedOn;
  for (let i = 0; i < sessionCount; i += 1) {
    day = earlier(addDays(day, random.int(1, 8)), context.today);
    const last = i === sessionCount - 1;
    const outcome = !last || status === 'mediating' ? '双方同意回去考虑后再次调解。'
      : status === 'succeeded' ? '双方自愿达成调解协议。' : '双方分歧较大，未能达成一致。';
    draft.sessions.push({ date: day, place, record: sessionRecord(applicant, respondent, matter, outcome) });
  }
  if (status === 'mediating') return draft;

  const closedOn = earlier(addDays(day, random.int(0, 3)), context.today);
  draft.closedOn = closedOn;
  if (status === 'failed') {
    draft.closingNote = `经${String(sessionCount)}次调解，双方对${matter}分歧较大，未能达成协议。已告知当事人可以向人民法院提起诉讼或通过其他合法途径解决。`;
    if (random.chance(0.2)) draft.referral = { to: '绥滨县人民法院', on: closedOn, reason: '调解不成，引导当事人诉讼解决' };
    return draft;
  }
  if (status === 'terminated') {
    draft.closingNote = random.pick([
      `${applicant}撤回调解申请，调解终止。已告知其可以通过诉讼等途径维护权利。`,
      `${respondent}明确拒绝继续调解，依照人民调解法第二十六条终止调解，已告知当事人其他救济途径。`,
    ]);
    return draft;
  }

  const signedOn = day;
  const amount = random.int(5, 300) * 100;
  const deadline = addDays(signedOn, random.int(7, 60));
  const written = random.chance(0.9);
  draft.agreement = {
    form: written ? 'written' : 'oral',
    facts: `${applicant}与${respondent}因${matter}发生争议。经调查，双方对争议事实无异议，${respondent}负主要责任。`,
    terms: `一、${respondent}于${deadline}前一次性给付${applicant}人民币${String(amount)}元；二、双方就${matter}再无其他争议。`,
    performanceMethod: random.pick(['现金一次性给付', '银行转账', '分两期给付']),
    performanceDeadline: deadline,
    performancePlace: `${context.township.name}司法所`,
    signedOn,
    amount,
    performance: deadline > context.today ? 'pending' : random.weighted({ performed: 85, partly: 10, unperformed: 5 }),
  };
  const performance = draft.agreement.performance;
  const visitDay = addDays(deadline, random.int(3, 20));
  if (performance && performance !== 'pending' && visitDay <= context.today && random.chance(0.7)) {
    draft.returnVisits.push({
      date: visitDay,
      visitor: random.pick(caseMediators),
      performance,
      note: performance === 'performed' ? '协议已履行完毕，双方关系和睦，无激化隐患。' : '协议未完全履行，已督促义务人尽快履行。',
    });
  }
  if (random.chance(0.1)) {
    draft.judicialConfirmation = {
      appliedOn: earlier(addDays(signedOn, random.int(1, 25)), context.today),
      court: '绥滨县人民法院',
      result: random.weighted({ confirmed: 85, pending: 10, rejected: 5 }),
    };
  }
  return draft;
}
