// 同步冲突: a field both a device and the server changed differently since the version they
// shared (shared/sync/merge.ts). The record itself already carries the server's value so every
// device converges; this entry keeps the losing device's value until an official chooses in
// 冲突处理. Synced (decision 039): every PC of the record's township and the county see it until it
// is resolved, and the resolution reaches all; it belongs to whoever owns the record (ownership.ts).
import type { FromSchema } from 'json-schema-to-ts';
import { actorField, idField, shortText, timestampField } from './fragments';

export const syncConflictStatuses = ['open', 'resolved'] as const;

export const syncConflictSchema = {
  title: 'syncConflict',
  description: '同步冲突',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview'], maxLength: 20 },
    recordId: idField,
    /** The record's township; '' only for an entry kept from version 0 until the session adopts it. */
    townshipId: { type: 'string', maxLength: 40 },
    /** The PC whose push lost: its server id and name (its value is `local` in `fields`). */
    foundOn: {
      type: 'object',
      properties: {
        deviceId: { type: 'string', maxLength: 40 },
        deviceName: { type: 'string', maxLength: 100 },
      },
      required: ['deviceId', 'deviceName'],
      additionalProperties: false,
    },
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
  required: ['id', 'kind', 'recordId', 'townshipId', 'foundOn', 'title', 'status', 'detectedAt', 'fields'],
  additionalProperties: false,
  indexes: [['status', 'detectedAt'], ['recordId', 'status']],
  encrypted: ['fields'],
} as const;

export type SyncConflictDoc = FromSchema<typeof syncConflictSchema>;
