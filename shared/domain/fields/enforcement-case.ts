// The Chinese names of an enforcement case's fields and coded values: the kind's description (kinds/enforcement-case.ts), its
// documents and its pages read them from here.
import {
  closingReasonLabels, decisionOutcomeLabels, discretionLevelLabels, enforcementCategoryLabels, enforcementStageLabels, legalReviewOpinionLabels,
  partyKindLabels, procedureLabels, publicityChangeKindLabels, recordingMediumLabels, statementFormLabels, statementReviewResultLabels,
} from '../labels';
import type { FieldLabels, ValueLabels } from './field-labels';

export const enforcementFieldLabels: FieldLabels = {
  caseNumber: '案号', category: '执法类别', procedure: '程序类型', powerItemId: '权责清单事项', matter: '执法事项',
  legalBasis: '法律依据', discretionLevel: '裁量基准', stage: '办理环节',
  party: '当事人', 'party.kind': '当事人类别', 'party.name': '当事人姓名或名称', 'party.creditCode': '统一社会信用代码',
  'party.legalRepresentative': '法定代表人',
  personal: '当事人身份证号码、电话、住址', 'personal.idNumber': '当事人身份证号码', 'personal.phone': '当事人联系电话',
  'personal.address': '当事人住址',
  officerIds: '执法人员', 'officerIds.*': '执法人员',
  stages: '办理环节日期', 'stages.filedOn': '立案日期', 'stages.investigatedOn': '调查取证日期', 'stages.notifiedOn': '告知日期',
  'stages.hearingRequestedOn': '申请听证日期', 'stages.hearingHeldOn': '听证日期', 'stages.decidedOn': '决定日期',
  'stages.servedOn': '送达日期', 'stages.executedOn': '执行日期', 'stages.closedOn': '结案日期',
  decision: '执法决定', 'decision.outcome': '决定结果', 'decision.content': '决定内容', 'decision.fineAmount': '罚款金额（元）',
  'decision.documentNumber': '决定书文号', 'decision.performance': '履行方式和期限', 'decision.remedies': '复议、诉讼的途径和期限',
  'decision.agencyName': '作出决定的行政机关', 'decision.sealedOn': '决定书盖章日期', 'decision.place': '处罚地点',
  major: '重大执法决定',
  legalReview: '法制审核', 'legalReview.reviewedOn': '法制审核日期', 'legalReview.reviewer': '法制审核人员',
  'legalReview.opinion': '法制审核意见', 'legalReview.note': '审核意见说明', 'legalReview.qualification': '审核人员资格',
  'legalReview.firstTime': '初次从事法制审核', 'legalReview.legalProfessionQualified': '已取得法律职业资格',
  publicity: '执法公示', 'publicity.publishedOn': '公示日期', 'publicity.channel': '公示渠道',
  'publicity.changedOn': '决定被变更或撤销的日期', 'publicity.changeKind': '变更情形', 'publicity.withdrawnOn': '撤回公示日期',
  notice: '告知的拟处罚', 'notice.proposedContent': '告知书拟作出的处罚', 'notice.proposedFine': '告知书拟罚款金额（元）',
  statement: '陈述申辩', 'statement.madeOn': '陈述申辩日期', 'statement.form': '陈述申辩形式', 'statement.summary': '陈述申辩内容摘要',
  'statement.reviewedOn': '复核日期', 'statement.reviewResult': '复核结果', 'statement.reviewReason': '复核理由',
  hearing: '听证通知与主持', 'hearing.noticeOn': '听证通知日期', 'hearing.place': '听证地点', 'hearing.host': '听证主持人',
  collectiveDiscussion: '负责人集体讨论', 'collectiveDiscussion.discussedOn': '集体讨论日期',
  'collectiveDiscussion.participants': '参加讨论的负责人', 'collectiveDiscussion.conclusion': '集体讨论结论',
  evidencePreservation: '先行登记保存', 'evidencePreservation.registeredOn': '先行登记保存日期',
  'evidencePreservation.items': '登记保存的物品', 'evidencePreservation.handledOn': '处理决定日期',
  closing: '结案', 'closing.reason': '未执行即结案的理由', 'closing.note': '结案说明',
  recordings: '全过程记录', 'recordings.*.stage': '记录环节', 'recordings.*.medium': '记录形式',
  'recordings.*.description': '记录说明', 'recordings.*.attachmentSha256': '记录文件',
  attachments: '附件', trashed: '回收站状态',
};

/** Coded values in words for the history panel. */
export const enforcementValueLabels: ValueLabels = {
  category: enforcementCategoryLabels, procedure: procedureLabels, stage: enforcementStageLabels,
  discretionLevel: discretionLevelLabels, 'party.kind': partyKindLabels, 'decision.outcome': decisionOutcomeLabels,
  'legalReview.opinion': legalReviewOpinionLabels, 'recordings.*.medium': recordingMediumLabels,
  'statement.form': statementFormLabels, 'statement.reviewResult': statementReviewResultLabels,
  'publicity.changeKind': publicityChangeKindLabels, 'closing.reason': closingReasonLabels,
  'recordings.*.stage': enforcementStageLabels,
};
