// Chinese names of the enforcement record's fields, for issues, history and the form alike.
import {
  decisionOutcomeLabels, discretionLevelLabels, enforcementCategoryLabels, enforcementStageLabels, legalReviewOpinionLabels,
  partyKindLabels, procedureLabels, recordingMediumLabels,
} from '#shared/domain/labels';
import type { ValueLabels } from '../../components/detail/HistoryPanel';
import type { FieldLabels } from '../../components/form/field-labels';

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
  'decision.documentNumber': '决定书文号',
  major: '重大执法决定',
  legalReview: '法制审核', 'legalReview.reviewedOn': '法制审核日期', 'legalReview.reviewer': '法制审核人员',
  'legalReview.opinion': '法制审核意见', 'legalReview.note': '审核意见说明',
  publicity: '执法公示', 'publicity.publishedOn': '公示日期', 'publicity.channel': '公示渠道',
  recordings: '全过程记录', 'recordings.*.stage': '记录环节', 'recordings.*.medium': '记录形式',
  'recordings.*.description': '记录说明', 'recordings.*.attachmentSha256': '记录文件',
  attachments: '附件', trashed: '回收站状态',
};

/** Coded values in words for the history panel. */
export const enforcementValueLabels: ValueLabels = {
  category: enforcementCategoryLabels, procedure: procedureLabels, stage: enforcementStageLabels,
  discretionLevel: discretionLevelLabels, 'party.kind': partyKindLabels, 'decision.outcome': decisionOutcomeLabels,
  'legalReview.opinion': legalReviewOpinionLabels, 'recordings.*.medium': recordingMediumLabels,
  'recordings.*.stage': enforcementStageLabels,
};
