// 人民调解案件: a dispute taken in, mediated and closed by the township's mediation committee.
import type { FromSchema } from 'json-schema-to-ts';
import { attachmentRefsField, dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

export const mediationStatuses = ['accepted', 'mediating', 'succeeded', 'failed', 'terminated'] as const;
export const mediationSources = ['application', 'proactive', 'police', 'court', 'government'] as const;
export const partyRoles = ['applicant', 'respondent', 'third'] as const;
/** 保管期限 of a 卷宗: the 永久/长期/短期 of the local 卷宗 templates (no national rule fixes it for 人民调解; decision 017). */
export const archiveKeepingPeriods = ['permanent', 'long', 'short'] as const;
/** The documents a 卷宗 may hold (local template [W7] and the 结案报告). */
export const archiveDocuments = [
  'application', 'rightsNotice', 'identity', 'sessionRecords', 'agreement', 'returnVisits', 'closingReport',
  'evidence', 'performanceProof', 'judicialConfirmation',
] as const;

export const mediationCaseSchema = {
  title: 'mediationCase',
  description: '人民调解案件',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseProperties,
    /** 〔2026〕绥滨调字第12号 */
    caseNumber: shortText(60),
    caseYear: { type: 'integer', minimum: 2000, maximum: 2100, multipleOf: 1 },
    caseSeq: { type: 'integer', minimum: 0, maximum: 1000000, multipleOf: 1 },
    committee: shortText(100),
    source: { type: 'string', enum: mediationSources, maxLength: 20 },
    receivedOn: dateField,
    /** Code from reference data kind 'disputeType' (司法部 statistical categories). */
    disputeType: shortText(40),
    summary: shortText(5000),
    /** 申请事项 */
    claims: shortText(2000),
    parties: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          partyId: shortText(40),
          role: { type: 'string', enum: partyRoles },
          kind: { type: 'string', enum: ['person', 'organisation'] },
          name: shortText(100),
          gender: { type: 'string', enum: ['male', 'female'] },
          ethnicity: shortText(20),
          age: { type: 'integer', minimum: 0, maximum: 150 },
          occupation: shortText(60),
        },
        required: ['partyId', 'role', 'kind', 'name'],
        additionalProperties: false,
      },
    },
    /** ID numbers, phones and addresses of the parties, by partyId. Encrypted at rest as one field. */
    personal: {
      type: 'object',
      properties: {
        parties: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'object',
            properties: {
              partyId: shortText(40),
              idNumber: shortText(30),
              phone: shortText(30),
              address: shortText(200),
            },
            required: ['partyId'],
            additionalProperties: false,
          },
        },
      },
      required: ['parties'],
      additionalProperties: false,
    },
    /**
     * 法定代表人 of each organisation party, by partyId (人民调解法 art. 29(一)). Version 1; a sibling object
     * because a party item cannot gain a field (decision 015).
     */
    legalRepresentatives: { type: 'object', maxProperties: 50, additionalProperties: shortText(60) },
    /** Keyed hashes (HMAC) of the parties' ID numbers, for exact lookup without decrypting. */
    partyIdHashes: { type: 'array', maxItems: 50, items: shortText(64) },
    mediators: { type: 'array', maxItems: 20, items: shortText(60) },
    status: { type: 'string', enum: mediationStatuses, maxLength: 20 },
    sessions: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        properties: {
          date: dateField,
          place: shortText(200),
          /** 调解记录 (人民调解法 art. 27) */
          record: shortText(10000),
        },
        required: ['date', 'record'],
        additionalProperties: false,
      },
    },
    /** 调解协议 (art. 28 oral / art. 29 written) */
    agreement: {
      type: 'object',
      properties: {
        form: { type: 'string', enum: ['written', 'oral'] },
        /** 纠纷主要事实、争议事项及各方责任 */
        facts: shortText(5000),
        /** 协议内容 */
        terms: shortText(5000),
        /** 履行方式 */
        performanceMethod: shortText(500),
        /** 履行期限 */
        performanceDeadline: dateField,
        performancePlace: shortText(200),
        signedOn: dateField,
        /** 协议涉及金额 (元) */
        amount: { type: 'number', minimum: 0, maximum: 1e12 },
        /** 履行情况 */
        performance: { type: 'string', enum: ['pending', 'performed', 'partly', 'unperformed'] },
        /** The signed paper originals (art. 29(2): effective once signed and sealed). Version 1. */
        originals: {
          type: 'object',
          properties: {
            /** Every party signed, sealed or put a fingerprint. */
            partiesSigned: { type: 'boolean' },
            /** The mediator(s) signed (若干规定 art. 35(五): the presiding mediator). */
            mediatorsSigned: { type: 'boolean' },
            /** The committee's seal is on it. */
            sealed: { type: 'boolean' },
            /** Copies made: one per party plus one kept by the committee. */
            copies: { type: 'integer', minimum: 0, maximum: 100, multipleOf: 1 },
          },
          additionalProperties: false,
        },
      },
      required: ['form'],
      additionalProperties: false,
    },
    /** 权利义务告知 (人民调解法 art. 23–24; 若干规定 art. 30: before mediating). Version 1. */
    rightsNotice: {
      type: 'object',
      properties: {
        givenOn: dateField,
        form: { type: 'string', enum: ['written', 'oral'] },
      },
      additionalProperties: false,
    },
    /** 纠纷可能激化 (人民调解法 art. 25): measures taken and the report to the police. Version 1. */
    escalation: {
      type: 'object',
      properties: {
        risk: { type: 'boolean' },
        measures: shortText(2000),
        reportedOn: dateField,
        /** 公安机关或者其他有关部门 */
        reportedTo: shortText(100),
      },
      additionalProperties: false,
    },
    /** 卷宗 (人民调解法 art. 27: 立卷归档). Version 1. */
    archive: {
      type: 'object',
      properties: {
        /** 卷号 */
        volumeNumber: shortText(60),
        keepingPeriod: { type: 'string', enum: archiveKeepingPeriods },
        archivedOn: dateField,
        /** The documents in the file (checklist). */
        documents: { type: 'array', maxItems: 20, items: { type: 'string', enum: archiveDocuments } },
      },
      additionalProperties: false,
    },
    closedOn: dateField,
    /** Why mediation failed or ended, and what routes were explained (art. 26). */
    closingNote: shortText(2000),
    returnVisits: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          date: dateField,
          visitor: shortText(60),
          performance: { type: 'string', enum: ['performed', 'partly', 'unperformed'] },
          note: shortText(2000),
        },
        required: ['date', 'visitor', 'note'],
        additionalProperties: false,
      },
    },
    /** 司法确认 (art. 33) */
    judicialConfirmation: {
      type: 'object',
      properties: {
        appliedOn: dateField,
        court: shortText(100),
        result: { type: 'string', enum: ['pending', 'confirmed', 'rejected'] },
      },
      required: ['appliedOn'],
      additionalProperties: false,
    },
    referral: {
      type: 'object',
      properties: { to: shortText(100), on: dateField, reason: shortText(1000) },
      required: ['to', 'on'],
      additionalProperties: false,
    },
    attachments: attachmentRefsField,
  },
  required: [
    ...recordBaseRequired,
    'caseNumber', 'caseYear', 'caseSeq', 'committee', 'source', 'receivedOn', 'disputeType', 'summary',
    'parties', 'personal', 'partyIdHashes', 'mediators', 'status', 'sessions', 'returnVisits', 'attachments',
  ],
  additionalProperties: false,
  indexes: [
    ['trashed', 'newestFirstKey'],
    ['trashed', 'status', 'newestFirstKey'],
    ['trashed', 'disputeType', 'newestFirstKey'],
    ['trashed', 'townshipId', 'newestFirstKey'],
    ['caseNumber'],
  ],
  encrypted: ['personal'],
} as const;

export type MediationCase = FromSchema<typeof mediationCaseSchema>;
export type MediationStatus = (typeof mediationStatuses)[number];
export type MediationParty = MediationCase['parties'][number];
export type ArchiveKeepingPeriod = (typeof archiveKeepingPeriods)[number];
export type ArchiveDocument = (typeof archiveDocuments)[number];
