// The 文书 of a kind, as its description lists them (decision 020).
import type { DocumentDescription } from '../documents/document';
import { describeKind, ledgerKindDescriptions } from '../kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';

export function documentsOf<K extends LedgerKind>(kind: K): readonly DocumentDescription<LedgerRecordByKind[K]>[] {
  return describeKind(kind).documents ?? [];
}

export function documentOf<K extends LedgerKind>(kind: K, id: string): DocumentDescription<LedgerRecordByKind[K]> | undefined {
  return documentsOf(kind).find((document) => document.id === id);
}

/** Every 文书 of every kind with the kind's title, in the kinds' order (the county's 文书模板 list). */
export function allDocuments(): { kind: LedgerKind; ledger: string; document: DocumentDescription<never> }[] {
  return (Object.keys(ledgerKindDescriptions) as LedgerKind[]).flatMap((kind) =>
    documentsOf(kind).map((document) => ({ kind, ledger: describeKind(kind).label, document })));
}
