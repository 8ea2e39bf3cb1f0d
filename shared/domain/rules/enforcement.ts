// 行政执法案件: shape, stage order, decision and party. Officers are checked in enforcement-officers.ts,
// the cited 权责清单 item in enforcement-power-item.ts,
// 告知 / 听证 / 结案 in enforcement-procedure.ts, 陈述申辩 and the hearing's notice and host in
// enforcement-defence.ts, 先行登记保存 / 集体讨论 / 决定书 in enforcement-decision-steps.ts, legal review
// and the statutory clocks in enforcement-review.ts.
import type { Draft } from '../draft';
import {
  decisionOutcomeLabels, discretionLevelLabels, enforcementCategoryLabels, partyKindLabels, procedureLabels, recordingMediumLabels,
  enforcementStageLabels,
} from '../labels';
import { enforcementCaseSchema, type EnforcementCase } from '../schemas/enforcement-case';
import type { RuleContext } from './context';
import { checkEnforcementDecisionSteps } from './enforcement-decision-steps';
import { checkEnforcementDefence } from './enforcement-defence';
import { checkEnforcementOfficers } from './enforcement-officers';
import { checkEnforcementPowerItem } from './enforcement-power-item';
import { stageDates } from './enforcement-stage';
import { checkEnforcementProcedure } from './enforcement-procedure';
import { checkEnforcementReview } from './enforcement-review';
import {
  checkCreditCode, checkDate, checkEnum, checkIdNumber, checkNumber, checkPhone, checkText, IssueList, isBlank, listOf,
} from './shape';

type EnforcementDraft = Draft<'enforcementCase'>;
type Stages = EnforcementCase['stages'];
const props = enforcementCaseSchema.properties;

/** 行政处罚法 art. 51: on-the-spot (简易程序) fines up to ¥200 for a person, ¥3,000 for an organisation. */
export const simpleProcedureFineLimits = { person: 200, organisation: 3000 } as const;

export function validateEnforcementCase(draft: EnforcementDraft, context: RuleContext): IssueList {
  const issues = new IssueList();
  checkEnum(issues, draft.category, enforcementCategoryLabels, 'category', '执法类别');
  checkEnum(issues, draft.procedure, procedureLabels, 'procedure', '程序类型');
  checkText(issues, draft.matter, 'matter', '执法事项', { required: true, maxLength: props.matter.maxLength });
  checkText(issues, draft.powerItemId, 'powerItemId', '权责清单事项', { maxLength: props.powerItemId.maxLength });
  checkEnforcementPowerItem(issues, draft, context);
  checkEnum(issues, draft.discretionLevel, discretionLevelLabels, 'discretionLevel', '裁量基准', false);
  checkText(issues, draft.legalBasis, 'legalBasis', '法律依据', { maxLength: props.legalBasis.maxLength });
  checkParty(issues, draft);
  const stages = checkStages(issues, draft, context);
  checkDecision(issues, draft, stages);
  checkEnforcementProcedure(issues, draft, context, stages);
  checkEnforcementDefence(issues, draft, context, stages);
  checkEnforcementDecisionSteps(issues, draft, context, stages);
  checkEnforcementOfficers(issues, draft, context);
  checkEnforcementReview(issues, draft, context, stages);
  listOf(draft.recordings).forEach((recording, index) => {
    const at = `recordings.${index}`;
    checkEnum(issues, recording.stage, enforcementStageLabels, `${at}.stage`, `第${index + 1}条执法记录的环节`);
    checkEnum(issues, recording.medium, recordingMediumLabels, `${at}.medium`, `第${index + 1}条执法记录的形式`);
    checkText(issues, recording.description, `${at}.description`, `第${index + 1}条执法记录的说明`, { required: true, maxLength: props.recordings.items.properties.description.maxLength });
  });
  return issues;
}

function checkParty(issues: IssueList, draft: EnforcementDraft): void {
  const party = draft.party;
  checkEnum(issues, party?.kind, partyKindLabels, 'party.kind', '当事人类别');
  checkText(issues, party?.name, 'party.name', '当事人姓名或名称', { required: true, maxLength: props.party.properties.name.maxLength });
  if (party?.kind === 'organisation') {
    checkCreditCode(issues, party.creditCode, 'party.creditCode', '统一社会信用代码');
    checkText(issues, party.legalRepresentative, 'party.legalRepresentative', '法定代表人', { maxLength: props.party.properties.legalRepresentative.maxLength });
  } else {
    checkIdNumber(issues, draft.personal?.idNumber, 'personal.idNumber', '当事人的身份证号码');
  }
  checkPhone(issues, draft.personal?.phone, 'personal.phone', '当事人的联系电话');
  checkText(issues, draft.personal?.address, 'personal.address', '当事人的住址', { maxLength: props.personal.properties.address.maxLength });
}

/** Checks every stage date and their order; returns the usable ones. */
function checkStages(issues: IssueList, draft: EnforcementDraft, context: RuleContext): Partial<Record<keyof Stages, string>> {
  const valid: Partial<Record<keyof Stages, string>> = {};
  for (const { field, label } of stageDates) {
    const date = checkDate(issues, draft.stages?.[field], `stages.${field}`, label, { required: field === 'filedOn', notAfter: context.today });
    if (date) valid[field] = date;
  }
  let latest: { date: string; label: string } | undefined;
  for (const { field, label } of stageDates) {
    const date = valid[field];
    if (!date) continue;
    if (latest && date < latest.date) {
      issues.error('ENF_STAGE_ORDER', `${label}${date}早于${latest.label}${latest.date}，各环节应按立案、调查取证、告知、听证、决定、送达、执行、结案的顺序，请核对`, `stages.${field}`);
    } else {
      latest = { date, label };
    }
  }
  return valid;
}

function checkDecision(issues: IssueList, draft: EnforcementDraft, stages: Partial<Record<keyof Stages, string>>): void {
  const decision = draft.decision;
  const decidedOnGiven = !isBlank(draft.stages?.decidedOn);
  if (decidedOnGiven && !decision) {
    issues.error('ENF_DECISION_MISSING', '已填写决定日期，请填写决定结果和决定内容', 'decision');
  }
  if (!decidedOnGiven && (decision || stages.servedOn || stages.executedOn)) {
    issues.error('ENF_DECIDED_ON_MISSING', decision ? '已填写决定内容，请填写决定日期' : '已填写送达或执行日期，请先填写决定日期', 'stages.decidedOn');
  }
  if (decidedOnGiven && isBlank(draft.legalBasis)) {
    issues.error('ENF_LEGAL_BASIS_MISSING', '作出决定须写明所依据的法律、法规、规章条款（行政处罚法第五十九条），请填写法律依据', 'legalBasis');
  }
  if (!decision) return;
  checkEnum(issues, decision.outcome, decisionOutcomeLabels, 'decision.outcome', '决定结果');
  checkText(issues, decision.content, 'decision.content', '决定内容', { required: true, maxLength: props.decision.properties.content.maxLength });
  checkText(issues, decision.documentNumber, 'decision.documentNumber', '决定书文号', { maxLength: props.decision.properties.documentNumber.maxLength });
  const fine = checkNumber(issues, decision.fineAmount, 'decision.fineAmount', '罚款金额', { min: 0, max: 1e12, unit: '元' });
  if (draft.procedure === 'simple' && fine !== undefined) {
    const organisation = draft.party?.kind === 'organisation';
    const limit = organisation ? simpleProcedureFineLimits.organisation : simpleProcedureFineLimits.person;
    if (fine > limit) {
      issues.error('ENF_SIMPLE_FINE_LIMIT',
        `简易程序当场处罚的罚款，对${organisation ? '法人或者其他组织' : '公民'}不得超过${limit}元（行政处罚法第五十一条），现为${fine}元；请改用普通程序`, 'decision.fineAmount');
    }
  }
}
