// JSON-schema pieces that every record schema repeats. Each fragment is `as const` so
// json-schema-to-ts can derive exact TypeScript types from the schemas built with them.

/** A calendar date as officials write it: 2026-10-08. */
export const dateField = { type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** A moment in ISO 8601 with a zone, e.g. 2026-10-08T09:30:00.000Z. */
export const timestampField = { type: 'string', maxLength: 40 } as const;

/** Primary key made on the device: UUIDv7, so ids sort roughly by creation time. */
export const idField = { type: 'string', maxLength: 40 } as const;

export const shortText = (maxLength: number) => ({ type: 'string', maxLength }) as const;

/** Who did something: the official at the keyboard and the device (sync needs both). */
export const actorField = {
  type: 'object',
  properties: {
    person: { type: 'string', maxLength: 60 },
    deviceId: { type: 'string', maxLength: 40 },
  },
  required: ['person', 'deviceId'],
  additionalProperties: false,
} as const;

/** A file bound to a record: kept out of the document, referenced by content hash (docs/design.md §5). */
export const attachmentRefsField = {
  type: 'array',
  maxItems: 200,
  items: {
    type: 'object',
    properties: {
      sha256: { type: 'string', maxLength: 64, pattern: '^[0-9a-f]{64}$' },
      name: { type: 'string', maxLength: 200 },
      mimeType: { type: 'string', maxLength: 100 },
      size: { type: 'integer', minimum: 0 },
      /** What the file is: 协议书扫描件, 签到表, 现场照片 … */
      purpose: { type: 'string', maxLength: 40 },
      addedAt: timestampField,
    },
    required: ['sha256', 'name', 'mimeType', 'size', 'purpose', 'addedAt'],
    additionalProperties: false,
  },
} as const;

/**
 * Fields every ledger record carries so lists, sync and history work the same way.
 * `trashed` is a soft delete (回收站) the official can undo (see docs/decisions/002);
 * `newestFirstKey` is the inverted sort key that lets an ascending index list newest first;
 * `searchText` holds case number, names and their pinyin initials, lower-cased.
 */
export const recordBaseProperties = {
  id: idField,
  townshipId: { type: 'string', maxLength: 40 },
  createdAt: timestampField,
  updatedAt: timestampField,
  createdBy: actorField,
  updatedBy: actorField,
  trashed: { type: 'boolean' },
  newestFirstKey: { type: 'string', maxLength: 80 },
  searchText: { type: 'string', maxLength: 4000 },
} as const;

export const recordBaseRequired = [
  'id', 'townshipId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'trashed', 'newestFirstKey', 'searchText',
] as const;
