// 案卷评查: the review of an enforcement case file — veto items, 20 form points, 80 content points.
import type { FromSchema } from 'json-schema-to-ts';
import { dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

export const reviewGrades = ['excellent', 'good', 'pass', 'fail'] as const;

export const caseReviewSchema = {
  title: 'caseReview',
  description: '案卷评查',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseProperties,
    enforcementCaseId: shortText(40),
    /** Copied from the reviewed case so the list reads without a join. */
    caseNumber: shortText(60),
    /** The unit whose file was reviewed (the plan counts reviews per key unit). */
    reviewedUnit: shortText(100),
    reviewedOn: dateField,
    reviewer: shortText(60),
    /** Codes of the veto items (否决项) found; any one makes the file 不合格 with 0 points. */
    vetoItems: { type: 'array', maxItems: 20, items: shortText(40) },
    formScore: { type: 'number', minimum: 0, maximum: 20 },
    contentScore: { type: 'number', minimum: 0, maximum: 80 },
    /** Derived on save: 0 with any veto item, else form + content. */
    totalScore: { type: 'number', minimum: 0, maximum: 100 },
    grade: { type: 'string', enum: reviewGrades },
    findings: shortText(5000),
  },
  required: [
    ...recordBaseRequired,
    'enforcementCaseId', 'caseNumber', 'reviewedUnit', 'reviewedOn', 'reviewer', 'vetoItems', 'formScore', 'contentScore',
    'totalScore', 'grade', 'findings',
  ],
  additionalProperties: false,
  indexes: [
    ['trashed', 'newestFirstKey'],
    ['trashed', 'townshipId', 'newestFirstKey'],
  ],
} as const;

export type CaseReview = FromSchema<typeof caseReviewSchema>;
export type ReviewGrade = (typeof reviewGrades)[number];
