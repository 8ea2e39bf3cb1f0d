// 行政执法案件: penalties, licences, compulsory measures, inspections … with the "three systems"
// (公示, 全过程记录, 重大执法决定法制审核).
import type { FromSchema } from 'json-schema-to-ts';
import { attachmentRefsField, dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

/** 处罚 / 许可 / 强制 / 检查 / 征收 / 其他 */
export const enforcementCategories = ['penalty', 'licence', 'compulsory', 'inspection', 'levy', 'other'] as const;
/** 立案 调查取证 告知 听证 决定 送达 执行 结案, in order. */
export const enforcementStages = ['filed', 'investigated', 'notified', 'hearing', 'decided', 'served', 'executed', 'closed'] as const;
/** 陈述申辩的复核结果: 采纳 / 部分采纳 / 不予采纳 (行政处罚法 art. 45). */
export const statementReviewResults = ['adopted', 'partly', 'rejected'] as const;
/** Why a published decision's information is withdrawn (art. 48(2)): 变更 / 撤销 / 确认违法 / 确认无效. */
export const publicityChangeKinds = ['changed', 'revoked', 'illegal', 'void'] as const;
/** Why a case closes without 送达 and 执行 complete: 终止调查 / 移送 / 申请法院强制执行 / 不予处罚 / 其他. */
export const closingReasons = ['terminated', 'transferred', 'courtEnforcement', 'noPenalty', 'other'] as const;

export const enforcementCaseSchema = {
  title: 'enforcementCase',
  description: '行政执法案件',
  // 1: 陈述申辩, 听证通知, 集体讨论, 先行登记保存, 决定书 contents, publicity withdrawal, closing reason
  // (issue 7; decision 015: optional fields reached through objects, listed in shared/sync/field-versions.ts).
  // 2: the place of an on-the-spot penalty (decision.place, 行政处罚法 art. 52; decision 030).
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseProperties,
    caseNumber: shortText(60),
    caseYear: { type: 'integer', minimum: 2000, maximum: 2100, multipleOf: 1 },
    caseSeq: { type: 'integer', minimum: 0, maximum: 1000000, multipleOf: 1 },
    category: { type: 'string', enum: enforcementCategories, maxLength: 20 },
    /** 简易程序 / 普通程序 */
    procedure: { type: 'string', enum: ['simple', 'ordinary'] },
    /** Id of referenceData kind 'powerItem' (权责清单). */
    powerItemId: shortText(60),
    matter: shortText(500),
    party: {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['person', 'organisation'] },
        name: shortText(100),
        /** 统一社会信用代码 of an organisation: public, not personal data. */
        creditCode: shortText(18),
        legalRepresentative: shortText(60),
      },
      required: ['kind', 'name'],
      additionalProperties: false,
    },
    /** The party's ID number, phone and address. Encrypted at rest. */
    personal: {
      type: 'object',
      properties: { idNumber: shortText(30), phone: shortText(30), address: shortText(200) },
      additionalProperties: false,
    },
    partyIdHashes: { type: 'array', maxItems: 5, items: shortText(64) },
    /** Ids of officer records; at least two certified officers act (行政处罚法 art. 42). */
    officerIds: { type: 'array', maxItems: 20, items: shortText(40) },
    stages: {
      type: 'object',
      properties: {
        filedOn: dateField,
        investigatedOn: dateField,
        notifiedOn: dateField,
        hearingRequestedOn: dateField,
        hearingHeldOn: dateField,
        decidedOn: dateField,
        servedOn: dateField,
        executedOn: dateField,
        closedOn: dateField,
      },
      required: ['filedOn'],
      additionalProperties: false,
    },
    /** The furthest stage reached; derived from `stages` on every save. */
    stage: { type: 'string', enum: enforcementStages, maxLength: 20 },
    legalBasis: shortText(2000),
    /** 裁量基准: 从轻 / 一般 / 从重 / 减轻 / 不予 */
    discretionLevel: { type: 'string', enum: ['lenient', 'standard', 'severe', 'mitigated', 'exempt'] },
    decision: {
      type: 'object',
      properties: {
        outcome: { type: 'string', enum: ['penalty', 'noPenalty', 'notEstablished', 'transfer'] },
        content: shortText(5000),
        fineAmount: { type: 'number', minimum: 0, maximum: 1e12 },
        documentNumber: shortText(60),
        /** 决定书: 履行方式和期限 (art. 59(四)). */
        performance: shortText(500),
        /** 决定书: 申请行政复议、提起行政诉讼的途径和期限 (art. 59(五)). */
        remedies: shortText(500),
        /** 决定书: 作出决定的行政机关名称 and the date of its seal (art. 59(六)). */
        agencyName: shortText(100),
        sealedOn: dateField,
        /** 当场处罚决定书: where the penalty was decided on the spot (art. 52: 时间、地点). */
        place: shortText(200),
      },
      required: ['outcome', 'content'],
      additionalProperties: false,
    },
    /** 重大执法决定: needs legal review before the decision (art. 58). */
    major: { type: 'boolean' },
    /** 法制审核 */
    legalReview: {
      type: 'object',
      properties: {
        reviewedOn: dateField,
        reviewer: shortText(60),
        opinion: { type: 'string', enum: ['approve', 'reject', 'revise'] },
        note: shortText(2000),
        /** 初次从事法制审核 (art. 58 last paragraph). */
        firstTime: { type: 'boolean' },
        /** 已取得法律职业资格 (国家统一法律职业资格考试). */
        legalProfessionQualified: { type: 'boolean' },
      },
      required: ['reviewedOn', 'reviewer', 'opinion'],
      additionalProperties: false,
    },
    /** 执法公示 */
    publicity: {
      type: 'object',
      properties: {
        publishedOn: dateField,
        channel: shortText(100),
        /** The published decision was 变更/撤销/确认违法/确认无效 on this date (art. 48(2)). */
        changedOn: dateField,
        changeKind: { type: 'string', enum: publicityChangeKinds },
        /** The decision's information withdrawn from publication (within 3 working days, art. 48(2), 85). */
        withdrawnOn: dateField,
      },
      required: ['publishedOn', 'channel'],
      additionalProperties: false,
    },
    /** 告知: the penalty proposed to the party (art. 44); a decision after 陈述申辩 may not exceed it (art. 45(2)). */
    notice: {
      type: 'object',
      properties: { proposedContent: shortText(1000), proposedFine: { type: 'number', minimum: 0, maximum: 1e12 } },
      additionalProperties: false,
    },
    /** 陈述申辩 and the agency's 复核 (art. 45). */
    statement: {
      type: 'object',
      properties: {
        madeOn: dateField,
        form: { type: 'string', enum: ['written', 'oral'] },
        summary: shortText(2000),
        reviewedOn: dateField,
        reviewResult: { type: 'string', enum: statementReviewResults },
        reviewReason: shortText(2000),
      },
      additionalProperties: false,
    },
    /** 听证: notice of its time and place (art. 64(二)) and its host (art. 64(四)); held on stages.hearingHeldOn. */
    hearing: {
      type: 'object',
      properties: { noticeOn: dateField, place: shortText(200), host: shortText(60) },
      additionalProperties: false,
    },
    /** 集体讨论 by the agency's heads for complex or major cases (art. 57(2)). */
    collectiveDiscussion: {
      type: 'object',
      properties: { discussedOn: dateField, participants: shortText(500), conclusion: shortText(2000) },
      additionalProperties: false,
    },
    /** 先行登记保存 of evidence and the handling decision due within 7 working days (arts. 56, 85). */
    evidencePreservation: {
      type: 'object',
      properties: { registeredOn: dateField, items: shortText(1000), handledOn: dateField },
      additionalProperties: false,
    },
    /** Why the case closed without 送达 and 执行 complete. */
    closing: {
      type: 'object',
      properties: { reason: { type: 'string', enum: closingReasons }, note: shortText(500) },
      additionalProperties: false,
    },
    /** 全过程记录: what was recorded at each step. */
    recordings: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          stage: { type: 'string', enum: enforcementStages },
          medium: { type: 'string', enum: ['text', 'audio', 'video', 'photo'] },
          description: shortText(500),
          attachmentSha256: shortText(64),
        },
        required: ['stage', 'medium', 'description'],
        additionalProperties: false,
      },
    },
    attachments: attachmentRefsField,
  },
  required: [
    ...recordBaseRequired,
    'caseNumber', 'caseYear', 'caseSeq', 'category', 'procedure', 'matter', 'party', 'personal', 'partyIdHashes',
    'officerIds', 'stages', 'stage', 'legalBasis', 'major', 'recordings', 'attachments',
  ],
  additionalProperties: false,
  indexes: [
    ['trashed', 'newestFirstKey'],
    ['trashed', 'stage', 'newestFirstKey'],
    ['trashed', 'category', 'newestFirstKey'],
    ['trashed', 'townshipId', 'newestFirstKey'],
    ['caseNumber'],
  ],
  encrypted: ['personal'],
} as const;

export type EnforcementCase = FromSchema<typeof enforcementCaseSchema>;
export type EnforcementStage = (typeof enforcementStages)[number];
export type EnforcementCategory = (typeof enforcementCategories)[number];
export type StatementReviewResult = (typeof statementReviewResults)[number];
export type PublicityChangeKind = (typeof publicityChangeKinds)[number];
export type ClosingReason = (typeof closingReasons)[number];
