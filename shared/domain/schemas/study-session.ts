// 学法: law study before executive meetings, cadre study, officer training, lectures, exams.
import type { FromSchema } from 'json-schema-to-ts';
import { attachmentRefsField, dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

/**
 * 会前学法 / 中心组学法 / 干部集中学法 / 执法人员培训 / 讲座 / 考试 / 普法活动. 普法活动 (version 1, protocol 4,
 * decision 037) is a unit's law education of the public (谁执法谁普法, the county plan's (十二)): the server
 * never sends one to an older app, whose schema refuses the value (`enumValuesAddedIn`).
 */
export const studyKinds = ['preMeeting', 'centralGroup', 'cadre', 'officerTraining', 'lecture', 'exam', 'publicLegalEducation'] as const;

/** 普法活动: counted apart from 学法 (it teaches the public, not the unit's own staff). */
export const PUBLIC_LEGAL_EDUCATION = 'publicLegalEducation' satisfies (typeof studyKinds)[number];

export const studySessionSchema = {
  title: 'studySession',
  description: '学法记录',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseProperties,
    heldOn: dateField,
    kind: { type: 'string', enum: studyKinds, maxLength: 20 },
    /** For 会前学法: which executive meeting, e.g. 第12次政府常务会议. */
    meetingName: shortText(100),
    organiser: shortText(100),
    topic: shortText(200),
    /** Ids of referenceData kind 'law', so the yearly count of laws studied is real. */
    lawIds: { type: 'array', maxItems: 50, items: shortText(60) },
    lecturer: shortText(60),
    place: shortText(200),
    hours: { type: 'number', minimum: 0, maximum: 100, multipleOf: 0.5 },
    participants: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          name: shortText(60),
          /** Set when the participant is an enforcement officer, so trainings count per officer. */
          officerId: shortText(40),
          examScore: { type: 'number', minimum: 0, maximum: 100 },
        },
        required: ['name'],
        additionalProperties: false,
      },
    },
    summary: shortText(5000),
    /** 普法活动 only (version 1): who the activity reached (普法对象), e.g. 辖区商户、中小学生. */
    audience: shortText(100),
    /** 普法活动 only (version 1): how many people it reached (受众人数). */
    peopleReached: { type: 'integer', minimum: 1, maximum: 1000000 },
    attachments: attachmentRefsField,
  },
  required: [
    ...recordBaseRequired,
    'heldOn', 'kind', 'organiser', 'topic', 'lawIds', 'lecturer', 'hours', 'participants', 'attachments',
  ],
  additionalProperties: false,
  indexes: [
    ['trashed', 'newestFirstKey'],
    ['trashed', 'kind', 'newestFirstKey'],
    ['trashed', 'townshipId', 'newestFirstKey'],
  ],
} as const;

export type StudySession = FromSchema<typeof studySessionSchema>;
export type StudyKind = (typeof studyKinds)[number];
