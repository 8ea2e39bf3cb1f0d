// 学法: law study before executive meetings, cadre study, officer training, lectures, exams.
import type { FromSchema } from 'json-schema-to-ts';
import { attachmentRefsField, dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

/** 会前学法 / 中心组学法 / 干部集中学法 / 执法人员培训 / 讲座 / 考试 */
export const studyKinds = ['preMeeting', 'centralGroup', 'cadre', 'officerTraining', 'lecture', 'exam'] as const;

export const studySessionSchema = {
  title: 'studySession',
  description: '学法记录',
  version: 0,
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
