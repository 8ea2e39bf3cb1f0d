// Sample 行政执法 cases: at least two certified officers, stages in legal order within their
// clocks (decision within 90 days of 立案, service within 7 days, publicity within 7 working days),
// a hearing where asked for (noticed 7 working days ahead, hosted by someone outside the case), legal review
// (法制审核) and the heads' 集体讨论 before the decision of a major case, and a 决定书 that states what art. 59 asks.
import type { Draft } from '#shared/domain/draft';
import type { EnforcementCategory } from '#shared/domain/schemas/enforcement-case';
import { sampleCreditCode } from './identity';
import { COMPANY_SUFFIXES, VILLAGES } from './names';
import type { Random } from './prng';
import { addDays, dayBetween, earlier, samplePerson, samplePersonName, type SampleContext } from './sample-context';
import { certifiedThroughout, type SampleOfficerRef } from './sample-officer';

type EnforcementDraft = Draft<'enforcementCase'>;
type Stages = EnforcementDraft['stages'];
type Recording = EnforcementDraft['recordings'][number];

const CATEGORY_WEIGHTS: Record<EnforcementCategory, number> = { penalty: 40, inspection: 35, licence: 10, compulsory: 5, levy: 3, other: 7 };

const MATTERS: Record<EnforcementCategory, readonly string[]> = {
  penalty: ['秸秆露天焚烧', '违法占用耕地建房', '未经许可占道经营', '乱倒建筑垃圾', '违规燃放烟花爆竹'],
  inspection: ['安全生产检查', '农村自建房安全检查', '食品经营场所检查', '防火安全检查'],
  licence: ['乡村建设规划许可', '临时占用道路许可'],
  compulsory: ['查封违法生产经营场所', '扣押非法运输的木材'],
  levy: ['征收农村宅基地有偿使用费'],
  other: ['责令限期改正', '行政确认'],
};

const LEGAL_BASIS: Record<EnforcementCategory, string> = {
  penalty: '《中华人民共和国行政处罚法》第二十八条、《黑龙江省秸秆露天焚烧防治条例》相关规定',
  inspection: '《中华人民共和国安全生产法》第六十五条',
  licence: '《中华人民共和国城乡规划法》第四十一条',
  compulsory: '《中华人民共和国行政强制法》第九条',
  levy: '《中华人民共和国土地管理法》第六十二条',
  other: '《中华人民共和国行政处罚法》第二十八条',
};

/** '对滥伐林木的处罚' → '滥伐林木': the conduct a power-list item is about. */
const matterOfPower = (name: string): string => name.replace(/^对/, '').replace(/的(处罚|检查|巡查|巡查检查|监督检查|指导和检查)$/, '');

interface PartyBundle {
  party: EnforcementDraft['party'];
  personal: EnforcementDraft['personal'];
  organisation: boolean;
}

function sampleParty(random: Random, context: SampleContext, filedOn: string): PartyBundle {
  const person = samplePerson(random, context, filedOn);
  if (random.chance(0.3)) {
    const cooperative = random.chance(0.5);
    const name = `绥滨县${random.pick(VILLAGES).replace('村', '')}${random.pick(COMPANY_SUFFIXES)}`;
    return {
      party: { kind: 'organisation', name, creditCode: sampleCreditCode(random, cooperative ? 'cooperative' : 'enterprise'), legalRepresentative: person.name },
      personal: { phone: person.phone, address: person.address },
      organisation: true,
    };
  }
  return { party: { kind: 'person', name: person.name }, personal: { idNumber: person.idNumber, phone: person.phone, address: person.address }, organisation: false };
}

const recording = (stage: Recording['stage'], medium: Recording['medium'], description: string): Recording => ({ stage, medium, description });

type StageDay = Exclude<keyof Stages, 'filedOn'>;

/** Fills the stage dates in order, each within its clock, and stops at `today`. */
function sampleStages(random: Random, filedOn: string, today: string, hearing: boolean): Stages {
  const stages: Stages = { filedOn };
  const plan: [StageDay, number, number][] = [['investigatedOn', 1, 15], ['notifiedOn', 1, 10]];
  // A hearing is asked for within 5 days of the notice and held at least 7 working days after notice of it,
  // which is sent the day the request arrives: 18 calendar days cover 7 working days even across 春节.
  if (hearing) plan.push(['hearingRequestedOn', 1, 4], ['hearingHeldOn', 18, 24]);
  // Without a hearing, the decision waits out the 5-working-day window to ask for one (art. 64), holidays included.
  plan.push(hearing ? ['decidedOn', 2, 10] : ['decidedOn', 15, 25], ['servedOn', 0, 6], ['executedOn', 1, 14], ['closedOn', 1, 10]);
  let day = filedOn;
  for (const [stage, min, max] of plan) {
    day = addDays(day, random.int(min, max));
    if (day > today) break;
    stages[stage] = day;
  }
  return stages;
}

export function sampleEnforcementCase(random: Random, context: SampleContext, officers: readonly SampleOfficerRef[]): EnforcementDraft {
  const category = random.weighted(CATEGORY_WEIGHTS);
  const powerItems = context.powerItems.filter((item) => !item.category || item.category === category);
  const powerItem = powerItems.length > 0 ? random.pick(powerItems) : undefined;
  const matter = powerItem ? matterOfPower(powerItem.name) : random.pick(MATTERS[category]);
  const recent = random.chance(0.08);
  // Recent cases are still under way; older ones have run their course (the whole course spans < 90 days).
  const filedOn = recent ? dayBetween(random, addDays(context.today, -30), addDays(context.today, -1)) : dayBetween(random, context.firstDay, addDays(context.today, -100));
  const simple = category === 'penalty' && random.chance(0.15);
  const { party, personal, organisation } = sampleParty(random, context, filedOn);
  // Most fines are small; one in ten reaches the size that makes a decision major (重大执法决定).
  const large = !simple && random.chance(0.1);
  const fineAmount = simple ? random.int(1, organisation ? 30 : 2) * 100
    : large ? random.int(organisation ? 20 : 2, organisation ? 60 : 10) * 5000 : random.int(2, 40) * 100;
  const major = category === 'penalty' && large;
  const hearing = major && random.chance(0.3);
  // On the spot the officer tells the party the facts and rights before deciding (行政处罚法 arts. 44, 52).
  const stages: Stages = simple ? { filedOn, notifiedOn: filedOn, decidedOn: filedOn, servedOn: filedOn } : sampleStages(random, filedOn, context.today, hearing);
  if (simple) stages.executedOn = stages.closedOn = earlier(addDays(filedOn, random.int(0, 10)), context.today);
  const lastDay = Object.values(stages).filter(Boolean).sort().at(-1) ?? filedOn;
  const team = certifiedThroughout(officers, filedOn, lastDay);
  if (team.length < 2) throw new Error('SAMPLE_TOO_FEW_OFFICERS: 样例执法人员中持有效执法证的少于2人');

  const draft: EnforcementDraft = {
    category,
    procedure: simple ? 'simple' : 'ordinary',
    ...(powerItem ? { powerItemId: powerItem.id } : {}),
    matter: `${matter}（当事人：${party.name}）`,
    party,
    personal,
    officerIds: random.sample(team, random.chance(0.7) ? 2 : 3).map((officer) => officer.id),
    stages,
    legalBasis: powerItem?.legalBasis ?? LEGAL_BASIS[category],
    major,
    recordings: [recording('filed', 'text', '立案审批表')],
    attachments: [],
  };
  if (stages.investigatedOn || simple) draft.recordings.push(recording('investigated', 'video', '执法记录仪全程录像（亮证、告知、检查）'), recording('investigated', 'text', '现场检查笔录、询问笔录'));
  if (stages.notifiedOn) draft.recordings.push(recording('notified', 'text', '行政处罚事先告知书及送达回证'));
  if (category === 'penalty') draft.discretionLevel = random.weighted({ standard: 70, lenient: 20, severe: 5, mitigated: 5 });
  const decidedOn = stages.decidedOn;
  if (!decidedOn) return draft;

  const year = decidedOn.slice(0, 4);
  const prefix = context.township.name.slice(0, -1); // 忠仁镇 → 忠仁综执罚决字〔2026〕第N号
  const seq = String(random.int(1, 300));
  if (category === 'penalty') {
    draft.decision = {
      outcome: 'penalty',
      content: `对${party.name}${matter}的行为，依据${draft.legalBasis}，决定给予罚款人民币${String(fineAmount)}元的行政处罚。`,
      fineAmount,
      documentNumber: `${prefix}综执罚决字〔${year}〕第${seq}号`,
      performance: '自收到本决定书之日起十五日内到指定银行或通过电子支付系统缴纳罚款',
      remedies: '如不服本决定，可在收到本决定书之日起六十日内向绥滨县人民政府申请行政复议，或者在六个月内向绥滨县人民法院提起行政诉讼',
      agencyName: `${context.township.name}人民政府`,
      sealedOn: decidedOn,
    };
    draft.notice = { proposedContent: `拟罚款人民币${String(fineAmount)}元`, proposedFine: fineAmount };
  } else if (category === 'inspection') {
    draft.decision = { outcome: 'noPenalty', content: '经检查，未发现违法行为，已对存在的隐患提出整改建议。', documentNumber: `${prefix}综执检字〔${year}〕第${seq}号` };
  } else {
    draft.decision = { outcome: 'noPenalty', content: `${matter}已依法办结。`, documentNumber: `${prefix}综执字〔${year}〕第${seq}号` };
  }
  draft.recordings.push(recording('decided', 'text', '决定书及集体讨论记录'));
  if (major) {
    draft.legalReview = {
      reviewedOn: addDays(decidedOn, -1),
      reviewer: samplePersonName(random, random.chance(0.5) ? 'male' : 'female'),
      opinion: 'approve',
      note: '主体合法、事实清楚、证据确凿、程序合法、适用依据正确、裁量适当，同意作出决定。',
      firstTime: false,
    };
    draft.collectiveDiscussion = { discussedOn: decidedOn, participants: '镇长、分管副镇长、综合行政执法办公室主任', conclusion: '同意法制审核意见，作出处罚决定' };
  }
  if (stages.hearingHeldOn && stages.hearingRequestedOn) {
    draft.hearing = { noticeOn: stages.hearingRequestedOn, place: `${context.township.name}人民政府会议室`, host: samplePersonName(random, 'male') };
  }
  if (category === 'penalty' || category === 'licence') {
    draft.publicity = { publishedOn: earlier(addDays(decidedOn, random.int(1, 5)), context.today), channel: random.pick(['绥滨县人民政府网站', '黑龙江省行政执法信息公示平台']) };
  }
  if (stages.servedOn) draft.recordings.push(recording('served', 'text', '送达回证'));
  if (stages.executedOn) draft.recordings.push(recording('executed', 'photo', category === 'penalty' ? '罚款缴纳凭证' : '整改完成现场照片'));
  return draft;
}
