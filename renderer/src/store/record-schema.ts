// The schema check RxDB's storage runs on every write (validate-precompiled.ts), as a pure function of
// the record: the in-memory test store refuses what the real store's storage refuses, with the same issue.
import { recordValidators } from 'virtual:record-validators';
import type { DomainIssue } from '#shared/domain/issue';
import { collectionSchemas, type LedgerKind } from '#shared/domain/schemas/index';
import { writeErrorIssue } from './ledger-context';
import { fieldOf } from './validate-precompiled-errors';

/** The fields RxDB adds to every stored document, which its storage schema requires. */
const storedMeta = { _deleted: false, _rev: '1-memory', _meta: { lwt: 1 }, _attachments: {} };

export function schemaIssue(kind: LedgerKind, record: object): DomainIssue | undefined {
  const { title, version } = collectionSchemas[kind];
  const validator = recordValidators.find((candidate) => candidate.title === title && candidate.version === version);
  if (!validator) throw new Error(`VALIDATOR_MISSING: 记录结构 ${title} v${version} 没有预编译的校验器`);
  if (validator.validate({ ...record, ...storedMeta })) return undefined;
  const validationErrors = (validator.validate.errors ?? []).map((error) => ({ field: fieldOf(error), message: error.message ?? 'invalid' }));
  return writeErrorIssue({ status: 422, validationErrors });
}
