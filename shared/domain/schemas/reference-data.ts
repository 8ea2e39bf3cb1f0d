// Reference data the county owns and every township reads: townships, the law catalogue,
// dispute types, the power list, the plan's targets, the working-day calendar and county
// settings. One collection with a `kind` field keeps RxDB's open-collection budget (docs/design.md §5).
import type { FromSchema } from 'json-schema-to-ts';
import { recordBaseProperties, shortText } from './fragments';

export const referenceKinds = ['township', 'law', 'disputeType', 'powerItem', 'target', 'calendarYear', 'setting'] as const;

export const referenceDataSchema = {
  title: 'referenceData',
  description: '基础数据',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    /** `${kind}:${code}`, e.g. 'township:zhongren', 'law:xingzheng-chufa-fa'. */
    id: recordBaseProperties.id,
    kind: { type: 'string', enum: referenceKinds, maxLength: 20 },
    code: shortText(60),
    name: shortText(200),
    sortOrder: { type: 'integer', minimum: 0, maximum: 1000000, multipleOf: 1 },
    active: { type: 'boolean' },
    details: {
      type: 'object',
      properties: {
        /** law: 法律 / 行政法规 / 地方性法规 …; powerItem: enforcement category; disputeType: group. */
        category: shortText(60),
        /** township: the mediation committee's name; powerItem: legal basis; setting: text value. */
        text: shortText(2000),
        /** target: the figure (20 laws, 0.9 success rate …); setting: numeric value. */
        value: { type: 'number', minimum: 0, maximum: 1e9 },
        /** target: 'count' or 'ratio'. */
        unit: { type: 'string', enum: ['count', 'ratio'] },
        /** calendarYear: the year it covers. */
        year: { type: 'integer', minimum: 2000, maximum: 2100 },
        /** calendarYear: days off that fall on weekdays (YYYY-MM-DD). */
        holidays: { type: 'array', maxItems: 100, items: shortText(10) },
        /** calendarYear: weekend days that are working days (调休上班). */
        workdays: { type: 'array', maxItems: 50, items: shortText(10) },
        /** law: short name and abbreviation for search, e.g. 行政处罚法. */
        shortName: shortText(60),
      },
      additionalProperties: false,
    },
    updatedAt: recordBaseProperties.updatedAt,
    updatedBy: recordBaseProperties.updatedBy,
  },
  required: ['id', 'kind', 'code', 'name', 'sortOrder', 'active', 'details', 'updatedAt', 'updatedBy'],
  additionalProperties: false,
  indexes: [['kind', 'sortOrder', 'id']],
} as const;

export type ReferenceData = FromSchema<typeof referenceDataSchema>;
export type ReferenceKind = (typeof referenceKinds)[number];
