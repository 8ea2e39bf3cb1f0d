// The Chinese names of a mediation case's fields and coded values: the kind's description (kinds/mediation-case.ts), its
// documents and its pages read them from here.
import {
  agreementFormLabels, archiveDocumentLabels, archiveKeepingPeriodLabels, genderLabels, rightsNoticeFormLabels, judicialConfirmationResultLabels, mediationSourceLabels, mediationStatusLabels,
  partyKindLabels, partyRoleLabels, performanceLabels,
} from '../labels';
import type { FieldLabels, ValueLabels } from './field-labels';

export const mediationFieldLabels: FieldLabels = {
  caseNumber: '案号', committee: '调解委员会', source: '案件来源', receivedOn: '受理日期', disputeType: '纠纷类型',
  summary: '纠纷简要情况', claims: '申请事项', status: '调解状态',
  parties: '当事人', 'parties.*.role': '当事人身份', 'parties.*.kind': '当事人类别', 'parties.*.name': '当事人姓名',
  'parties.*.gender': '当事人性别', 'parties.*.ethnicity': '当事人民族', 'parties.*.age': '当事人年龄',
  'parties.*.occupation': '当事人职业', 'parties.*.idNumber': '当事人身份证号码', 'parties.*.phone': '当事人联系电话',
  'parties.*.address': '当事人住址', 'parties.*.legalRepresentative': '法定代表人或主要负责人',
  legalRepresentatives: '法定代表人或主要负责人', 'legalRepresentatives.*': '法定代表人或主要负责人',
  personal: '当事人身份证号码、电话、住址', 'personal.parties.*.idNumber': '当事人身份证号码',
  'personal.parties.*.phone': '当事人联系电话', 'personal.parties.*.address': '当事人住址',
  mediators: '调解员', 'mediators.*': '调解员', 'mediators.*.name': '调解员姓名',
  sessions: '调解记录', 'sessions.*.date': '调解日期', 'sessions.*.place': '调解地点', 'sessions.*.record': '调解记录内容',
  agreement: '调解协议', 'agreement.form': '协议形式', 'agreement.facts': '纠纷主要事实、争议事项及各方责任',
  'agreement.terms': '协议内容', 'agreement.performanceMethod': '履行方式', 'agreement.performanceDeadline': '履行期限',
  'agreement.performancePlace': '履行地点', 'agreement.signedOn': '协议签订日期', 'agreement.amount': '协议涉及金额（元）',
  'agreement.performance': '履行情况',
  'agreement.originals': '协议书原件', 'agreement.originals.partiesSigned': '当事人签名、盖章或按指印',
  'agreement.originals.mediatorsSigned': '调解员签名', 'agreement.originals.sealed': '调解委员会印章',
  'agreement.originals.copies': '协议书份数',
  rightsNotice: '权利义务告知', 'rightsNotice.givenOn': '权利义务告知日期', 'rightsNotice.form': '告知方式',
  escalation: '纠纷激化', 'escalation.risk': '纠纷有激化可能', 'escalation.measures': '已采取的预防措施',
  'escalation.reportedOn': '报告日期', 'escalation.reportedTo': '报告的公安机关或有关部门',
  archive: '卷宗', 'archive.volumeNumber': '卷号', 'archive.keepingPeriod': '保管期限', 'archive.archivedOn': '归档日期',
  'archive.documents': '卷内材料', 'archive.documents.*': '卷内材料',
  closedOn: '结案日期', closingNote: '结案说明',
  returnVisits: '回访记录', 'returnVisits.*.date': '回访日期', 'returnVisits.*.visitor': '回访人',
  'returnVisits.*.performance': '回访时履行情况', 'returnVisits.*.note': '回访情况',
  judicialConfirmation: '司法确认', 'judicialConfirmation.appliedOn': '申请司法确认日期',
  'judicialConfirmation.court': '受理法院', 'judicialConfirmation.result': '司法确认结果',
  referral: '移交', 'referral.to': '移交单位', 'referral.on': '移交日期', 'referral.reason': '移交原因',
  attachments: '附件', trashed: '回收站状态',
};

/** Coded values in history, in words: 调解状态：已受理 → 调解中. */
export const mediationValueLabels: ValueLabels = {
  status: mediationStatusLabels, source: mediationSourceLabels,
  'parties.*.role': partyRoleLabels, 'parties.*.kind': partyKindLabels, 'parties.*.gender': genderLabels,
  'agreement.form': agreementFormLabels, 'agreement.performance': performanceLabels,
  'returnVisits.*.performance': performanceLabels, 'judicialConfirmation.result': judicialConfirmationResultLabels,
  'rightsNotice.form': rightsNoticeFormLabels, 'archive.keepingPeriod': archiveKeepingPeriodLabels,
  'archive.documents.*': archiveDocumentLabels,
};
