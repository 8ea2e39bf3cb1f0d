// 修改记录: one entry per change to a ledger record, shown on its detail page.
// Personal fields are never written here in plain text: a change to them is noted, not copied.
import type { FromSchema } from 'json-schema-to-ts';
import { actorField, idField, shortText, timestampField } from './fragments';

export const historyActions = ['create', 'update', 'delete', 'restore'] as const;

export const recordHistorySchema = {
  title: 'recordHistory',
  description: '修改记录',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    recordId: idField,
    recordKind: shortText(30),
    townshipId: shortText(40),
    at: timestampField,
    actor: actorField,
    action: { type: 'string', enum: historyActions },
    changes: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          /** Dotted path of the changed field, e.g. 'agreement.terms'. */
          field: shortText(200),
          before: shortText(2000),
          after: shortText(2000),
        },
        required: ['field'],
        additionalProperties: false,
      },
    },
  },
  required: ['id', 'recordId', 'recordKind', 'townshipId', 'at', 'actor', 'action', 'changes'],
  additionalProperties: false,
  indexes: [['recordId', 'at']],
} as const;

export type RecordHistory = FromSchema<typeof recordHistorySchema>;
export type HistoryAction = (typeof historyActions)[number];
