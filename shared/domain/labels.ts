// Chinese labels for every enum value of the schemas, so the UI, exports and messages name them one way.
import type { EnforcementCase, MediationCase } from './schemas/index';
import type { ClosingReason, EnforcementCategory, EnforcementStage, PublicityChangeKind, StatementReviewResult } from './schemas/enforcement-case';
import type { ArchiveDocument, ArchiveKeepingPeriod, MediationStatus } from './schemas/mediation-case';
import type { OfficerStatus } from './schemas/officer';
import type { ReviewGrade } from './schemas/case-review';
import type { StudyKind } from './schemas/study-session';
import type { HistoryAction } from './schemas/record-history';
import type { ReferenceData, ReferenceKind } from './schemas/reference-data';

type MediationParty = MediationCase['parties'][number];
type Agreement = NonNullable<MediationCase['agreement']>;
type ReturnVisit = MediationCase['returnVisits'][number];
type Decision = NonNullable<EnforcementCase['decision']>;
type LegalReview = NonNullable<EnforcementCase['legalReview']>;
type Recording = EnforcementCase['recordings'][number];

export type MediationSource = MediationCase['source'];
export type PartyRole = MediationParty['role'];
export type PartyKind = MediationParty['kind'];
export type Gender = NonNullable<MediationParty['gender']>;
export type AgreementForm = Agreement['form'];
export type PerformanceStatus = NonNullable<Agreement['performance']>;
export type JudicialConfirmationResult = NonNullable<NonNullable<MediationCase['judicialConfirmation']>['result']>;
export type EnforcementProcedure = EnforcementCase['procedure'];
export type DiscretionLevel = NonNullable<EnforcementCase['discretionLevel']>;
export type DecisionOutcome = Decision['outcome'];
export type LegalReviewOpinion = LegalReview['opinion'];
export type RecordingMedium = Recording['medium'];
export type TargetUnit = NonNullable<ReferenceData['details']['unit']>;

export const mediationStatusLabels: Record<MediationStatus, string> = {
  accepted: '已受理',
  mediating: '调解中',
  succeeded: '调解成功',
  failed: '调解不成功',
  terminated: '终止调解',
};

export const mediationSourceLabels: Record<MediationSource, string> = {
  application: '当事人申请',
  proactive: '主动调解',
  police: '公安移交',
  court: '法院委托',
  government: '政府指定',
};

export const partyRoleLabels: Record<PartyRole, string> = {
  applicant: '申请人',
  respondent: '被申请人',
  third: '第三人',
};

export const partyKindLabels: Record<PartyKind, string> = {
  person: '自然人',
  organisation: '单位',
};

export const genderLabels: Record<Gender, string> = {
  male: '男',
  female: '女',
};

export const agreementFormLabels: Record<AgreementForm, string> = {
  written: '书面协议',
  oral: '口头协议',
};

export const performanceLabels: Record<PerformanceStatus, string> = {
  pending: '待履行',
  performed: '已履行',
  partly: '部分履行',
  unperformed: '未履行',
};

/** Return visits use the same words, without 'pending'. */
export const returnVisitPerformanceLabels: Record<ReturnVisit['performance'] & string, string> = {
  performed: performanceLabels.performed,
  partly: performanceLabels.partly,
  unperformed: performanceLabels.unperformed,
};

export const judicialConfirmationResultLabels: Record<JudicialConfirmationResult, string> = {
  pending: '审查中',
  confirmed: '已确认有效',
  rejected: '驳回申请',
};

/** How the 权利义务告知 was given (人民调解工作若干规定 art. 30: 口头或者书面). */
export const rightsNoticeFormLabels: Record<'written' | 'oral', string> = {
  written: '书面告知（权利义务告知书）',
  oral: '口头告知（记入调解笔录）',
};

/** 卷宗保管期限: the words of the local 卷宗 templates (decision 017). */
export const archiveKeepingPeriodLabels: Record<ArchiveKeepingPeriod, string> = {
  permanent: '永久',
  long: '长期',
  short: '短期',
};

/** The documents of a 卷宗 (checklist), in the order they are bound. */
export const archiveDocumentLabels: Record<ArchiveDocument, string> = {
  application: '调解申请书或受理登记表',
  rightsNotice: '权利义务告知书',
  identity: '当事人身份证明',
  sessionRecords: '调解笔录',
  agreement: '调解协议书',
  returnVisits: '回访记录',
  closingReport: '结案报告',
  evidence: '调查记录及证据材料',
  performanceProof: '履行凭证',
  judicialConfirmation: '司法确认材料',
};

export const enforcementCategoryLabels: Record<EnforcementCategory, string> = {
  penalty: '行政处罚',
  licence: '行政许可',
  compulsory: '行政强制',
  inspection: '行政检查',
  levy: '行政征收',
  other: '其他',
};

export const enforcementStageLabels: Record<EnforcementStage, string> = {
  filed: '立案',
  investigated: '调查取证',
  notified: '告知',
  hearing: '听证',
  decided: '决定',
  served: '送达',
  executed: '执行',
  closed: '结案',
};

export const procedureLabels: Record<EnforcementProcedure, string> = {
  simple: '简易程序',
  ordinary: '普通程序',
};

export const discretionLevelLabels: Record<DiscretionLevel, string> = {
  lenient: '从轻',
  standard: '一般',
  severe: '从重',
  mitigated: '减轻',
  exempt: '不予处罚',
};

export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  penalty: '给予行政处罚',
  noPenalty: '不予行政处罚',
  notEstablished: '违法事实不能成立',
  transfer: '移送司法机关',
};

export const legalReviewOpinionLabels: Record<LegalReviewOpinion, string> = {
  approve: '同意',
  reject: '不同意',
  revise: '修改后再报',
};

/** 陈述申辩的形式 (art. 45). */
export const statementFormLabels: Record<'written' | 'oral', string> = {
  written: '书面',
  oral: '口头（已制作笔录）',
};

export const statementReviewResultLabels: Record<StatementReviewResult, string> = {
  adopted: '采纳',
  partly: '部分采纳',
  rejected: '不予采纳',
};

export const publicityChangeKindLabels: Record<PublicityChangeKind, string> = {
  changed: '被依法变更',
  revoked: '被依法撤销',
  illegal: '被确认违法',
  void: '被确认无效',
};

export const closingReasonLabels: Record<ClosingReason, string> = {
  terminated: '终止调查',
  transferred: '移送其他机关或司法机关',
  courtEnforcement: '已申请人民法院强制执行',
  noPenalty: '不予处罚或违法事实不能成立',
  other: '其他（请在说明中写明）',
};

export const recordingMediumLabels: Record<RecordingMedium, string> = {
  text: '文字记录',
  audio: '录音',
  video: '录像',
  photo: '照片',
};

export const officerStatusLabels: Record<OfficerStatus, string> = {
  active: '在岗',
  suspended: '暂停执法',
  revoked: '证件已注销',
  left: '已调离',
};

export const studyKindLabels: Record<StudyKind, string> = {
  preMeeting: '会前学法',
  centralGroup: '中心组学法',
  cadre: '干部集中学法',
  officerTraining: '执法人员培训',
  lecture: '法治讲座',
  exam: '学法考试',
  publicLegalEducation: '普法活动',
};

export const reviewGradeLabels: Record<ReviewGrade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

export const referenceKindLabels: Record<ReferenceKind, string> = {
  township: '乡镇',
  law: '法律法规',
  disputeType: '纠纷类型',
  powerItem: '权责清单事项',
  target: '工作目标',
  calendarYear: '节假日安排',
  setting: '县级设置',
};

export const historyActionLabels: Record<HistoryAction, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
};

export const targetUnitLabels: Record<TargetUnit, string> = {
  count: '数量',
  ratio: '比例',
};
