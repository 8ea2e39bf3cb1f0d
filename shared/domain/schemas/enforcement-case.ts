// 行政执法案件: penalties, licences, compulsory measures, inspections … with the "three systems"
// (公示, 全过程记录, 重大执法决定法制审核).
import type { FromSchema } from 'json-schema-to-ts';
import { attachmentRefsField, dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

/** 处罚 / 许可 / 强制 / 检查 / 征收 / 其他 */
export const enforcementCategories = ['penalty', 'licence', 'compulsory', 'inspection', 'levy', 'other'] as const;
/** 立案 调查取证 告知 听证 决定 送达 执行 结案, in order. */
export const enforcementStages = ['filed', 'investigated', 'notified', 'hearing', 'decided', 'served', 'executed', 'closed'] as const;

export const enforcementCaseSchema = {
  title: 'enforcementCase',
  description: '行政执法案件',
  version: 0,
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
      },
      required: ['reviewedOn', 'reviewer', 'opinion'],
      additionalProperties: false,
    },
    /** 执法公示 */
    publicity: {
      type: 'object',
      properties: { publishedOn: dateField, channel: shortText(100) },
      required: ['publishedOn', 'channel'],
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
