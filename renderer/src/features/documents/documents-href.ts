// Where a record's 文书 print view lives: under the record's own page.
import { recordHref } from '#shared/domain/kinds/index';
import type { LedgerKind } from '#shared/domain/schemas/index';

export const documentHref = (kind: LedgerKind, recordId: string, documentId: string): string =>
  `${recordHref(kind, recordId)}/documents/${encodeURIComponent(documentId)}`;
