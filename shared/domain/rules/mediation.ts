// 人民调解案件: the case header and the parties. The outcome rules (sessions, agreement, closing) are in
// mediation-outcome.ts.
import type { Draft } from '../draft';
import { genderLabels, mediationSourceLabels, mediationStatusLabels, partyKindLabels, partyRoleLabels } from '../labels';
import { mediationCaseSchema } from '../schemas/mediation-case';
import { checkMediationOutcome } from './mediation-outcome';
import type { RuleContext } from './context';
import {
  checkCreditCode, checkDate, checkEnum, checkIdNumber, checkNumber, checkPhone, checkText, IssueList, isBlank, listOf, textOf,
} from './shape';

type MediationDraft = Draft<'mediationCase'>;
const props = mediationCaseSchema.properties;
const partyProps = props.parties.items.properties;
const personalProps = props.personal.properties.parties.items.properties;
const legalRepresentativeMaxLength = props.legalRepresentatives.additionalProperties.maxLength;

export function validateMediationCase(draft: MediationDraft, context: RuleContext): IssueList {
  const issues = new IssueList();
  checkText(issues, draft.committee, 'committee', '人民调解委员会', { required: true, maxLength: props.committee.maxLength });
  checkEnum(issues, draft.source, mediationSourceLabels, 'source', '案件来源');
  checkDate(issues, draft.receivedOn, 'receivedOn', '受理日期', { required: true, notAfter: context.today });
  checkText(issues, draft.disputeType, 'disputeType', '纠纷类型', { required: true, maxLength: props.disputeType.maxLength });
  if (!isBlank(draft.disputeType) && context.disputeTypeCodes && !context.disputeTypeCodes.has(textOf(draft.disputeType))) {
    issues.error('MED_DISPUTE_TYPE_UNKNOWN', `纠纷类型“${textOf(draft.disputeType)}”不在纠纷类型目录中，请从列表中选择`, 'disputeType');
  }
  checkText(issues, draft.summary, 'summary', '纠纷简要情况', { required: true, maxLength: props.summary.maxLength });
  checkText(issues, draft.claims, 'claims', '申请事项', { maxLength: props.claims.maxLength });
  checkEnum(issues, draft.status, mediationStatusLabels, 'status', '办理状态');
  checkParties(issues, draft);
  checkMediators(issues, draft);
  checkMediationOutcome(issues, draft, context);
  return issues;
}

function checkParties(issues: IssueList, draft: MediationDraft): void {
  const parties = listOf(draft.parties);
  parties.forEach((party, index) => {
    const at = `parties.${index}`;
    const who = isBlank(party.name) ? `第${index + 1}位当事人` : `当事人${textOf(party.name)}`;
    checkText(issues, party.name, `${at}.name`, `第${index + 1}位当事人的姓名或名称`, { required: true, maxLength: partyProps.name.maxLength });
    checkEnum(issues, party.role, partyRoleLabels, `${at}.role`, `${who}的身份`);
    checkEnum(issues, party.kind, partyKindLabels, `${at}.kind`, `${who}的类别`);
    checkEnum(issues, party.gender, genderLabels, `${at}.gender`, `${who}的性别`, false);
    checkNumber(issues, party.age, `${at}.age`, `${who}的年龄`, { min: 0, max: 150, integer: true, unit: '岁' });
    checkText(issues, party.ethnicity, `${at}.ethnicity`, `${who}的民族`, { maxLength: partyProps.ethnicity.maxLength });
    checkText(issues, party.occupation, `${at}.occupation`, `${who}的职业`, { maxLength: partyProps.occupation.maxLength });
    if (party.kind === 'organisation') {
      checkText(issues, draft.legalRepresentatives?.[party.partyId], `${at}.legalRepresentative`, `${who}的法定代表人`, { maxLength: legalRepresentativeMaxLength });
    }
  });
  if (!parties.some((party) => party.role === 'applicant')) {
    issues.error('MED_APPLICANT_MISSING', '至少需要一名申请人（主动调解的，填写纠纷一方为申请人），请添加当事人', 'parties');
  }
  if (!parties.some((party) => party.role === 'respondent')) {
    issues.error('MED_RESPONDENT_MISSING', '至少需要一名被申请人，请添加纠纷的另一方当事人', 'parties');
  }
  // ID numbers, phones and addresses sit in the encrypted `personal` block, keyed by partyId.
  listOf(draft.personal?.parties).forEach((details, index) => {
    const at = `personal.parties.${index}`;
    const party = parties.find((candidate) => candidate.partyId === details.partyId);
    const who = party && !isBlank(party.name) ? `当事人${textOf(party.name)}` : `第${index + 1}位当事人`;
    if (party?.kind === 'organisation') checkCreditCode(issues, details.idNumber, `${at}.idNumber`, `${who}的统一社会信用代码`);
    else checkIdNumber(issues, details.idNumber, `${at}.idNumber`, `${who}的身份证号码`);
    checkPhone(issues, details.phone, `${at}.phone`, `${who}的联系电话`);
    checkText(issues, details.address, `${at}.address`, `${who}的住址`, { maxLength: personalProps.address.maxLength });
  });
}

function checkMediators(issues: IssueList, draft: MediationDraft): void {
  const mediators = listOf(draft.mediators);
  if (!mediators.some((name) => !isBlank(name))) {
    issues.error('MED_MEDIATOR_MISSING', '至少需要一名调解员，请填写主持调解的调解员姓名', 'mediators');
  }
  mediators.forEach((name, index) => {
    if (isBlank(name) && mediators.length > 1) issues.error('FIELD_REQUIRED', `第${index + 1}名调解员的姓名为空，请填写或删除该行`, `mediators.${index}`);
    else checkText(issues, name, `mediators.${index}`, `第${index + 1}名调解员的姓名`, { maxLength: props.mediators.items.maxLength });
  });
}
