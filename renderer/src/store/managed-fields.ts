// A form may hand back a whole record (spread from `get`); the store keeps only what the
// official may set, so identity, audit fields and derived keys can never be forged from a form.
import type { Draft, StoreManagedField } from '#shared/domain/draft';
import type { LedgerKind } from '#shared/domain/schemas/index';

const managedFields: readonly StoreManagedField[] = [
  'id', 'townshipId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'trashed', 'newestFirstKey',
  'searchText', 'partyIdHashes', 'idNumberHash', 'caseNumber', 'caseYear', 'caseSeq', 'stage', 'totalScore', 'grade',
];
// RxDB's own fields, present when a document's JSON is passed back with its meta fields.
const rxdbFields = ['_rev', '_meta', '_attachments', '_deleted'];

export function draftOnly<K extends LedgerKind>(draft: Draft<K>): Draft<K> {
  // A JSON round trip also drops `undefined` members, which the schema validator would trip on.
  const copy = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
  for (const field of [...managedFields, ...rxdbFields]) delete copy[field];
  return copy as Draft<K>;
}
