// 同步冲突: a field both this device and the server changed differently since the version they
// shared (shared/sync/merge.ts). The record itself already carries the server's value so every
// device converges; this entry keeps the device's value until an official chooses in 冲突处理.
// Local to the device that lost the race, never replicated (see localOnlyCollections).
import type { FromSchema } from 'json-schema-to-ts';
import { actorField, idField, shortText, timestampField } from './fragments';

export const syncConflictStatuses = ['open', 'resolved'] as const;

export const syncConflictSchema = {
  title: 'syncConflict',
  description: '同步冲突（本机数据，不同步）',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview'], maxLength: 20 },
    recordId: idField,
    /** Case number, name or title of the record when the collision was found, for the list. */
    title: shortText(200),
    status: { type: 'string', enum: syncConflictStatuses, maxLength: 10 },
    detectedAt: timestampField,
    resolvedAt: timestampField,
    resolvedBy: actorField,
    /**
     * The colliding fields. Values are JSON text (absent = the side had no value) and may hold ID
     * numbers or phones, so the whole list is encrypted at rest like a record's `personal`.
     */
    fields: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          field: shortText(200),
          local: { type: 'string' },
          server: { type: 'string' },
        },
        required: ['field'],
        additionalProperties: false,
      },
    },
  },
  // Dexie cannot index optional fields (rxdb-17 note §4): every indexed field is required.
  required: ['id', 'kind', 'recordId', 'title', 'status', 'detectedAt', 'fields'],
  additionalProperties: false,
  indexes: [['status', 'detectedAt'], ['recordId', 'status']],
  encrypted: ['fields'],
} as const;

export type SyncConflictDoc = FromSchema<typeof syncConflictSchema>;
