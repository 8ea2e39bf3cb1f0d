// 搜索词索引: one small document per (ledger record, search word), so a name, its pinyin, a part
// of a case number or the keyed hash of an ID number is an index lookup instead of a scan of the
// ledger (docs/decisions/006). Local derived data: written only by the store from records it has
// saved, rebuilt from the records when missing, and NEVER replicated (see localOnlyCollections).
// It never holds an ID number, phone or address: ID numbers appear only as `idh:` + keyed hash.
import type { FromSchema } from 'json-schema-to-ts';
import { idField } from './fragments';

/** Longest token kept (UTF-16 units; `idh:` + 64 hex digits fits); longer words are cut, and so is the search text. */
export const SEARCH_TOKEN_MAX = 72;

export const searchTokenSchema = {
  title: 'searchToken',
  description: '搜索词索引（本机派生数据，不同步）',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    /** `${recordId}|${token}`: one row per record and token. */
    id: { type: 'string', maxLength: 40 + 1 + SEARCH_TOKEN_MAX },
    /** The ledger kind of the record. */
    kind: { type: 'string', enum: ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview'], maxLength: 20 },
    /** Lower-cased, NFKC: a name, its pinyin or initials, a suffix of a name or number, or `idh:<hash>`. */
    token: { type: 'string', maxLength: SEARCH_TOKEN_MAX },
    recordId: idField,
    /** Copied from the record, so the recycle bin and the live list search apart. */
    trashed: { type: 'boolean' },
    /** Copied from the record, so matches are paged newest first without reading the records. */
    newestFirstKey: { type: 'string', maxLength: 80 },
  },
  required: ['id', 'kind', 'token', 'recordId', 'trashed', 'newestFirstKey'],
  additionalProperties: false,
  // An exact token and a token prefix range are both one range of the first index; the second
  // finds a record's rows when it is edited or moved to the recycle bin. Short keys on purpose:
  // every index entry is written for every row (the matches are sorted by key in memory).
  indexes: [['kind', 'trashed', 'token'], ['recordId']],
} as const;

export type SearchToken = FromSchema<typeof searchTokenSchema>;
