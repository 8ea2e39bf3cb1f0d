// The 文书 a record can make on this device: its kind's documents, the context from settings and the clock,
// and the templates: the county's variant synced in 基础数据 (decision 025) before the shipped ones, which a test may
// replace through <TemplatesProvider>.
import { createContext, use, useCallback, useMemo } from 'react';
import { documentContext } from '#shared/domain/documents/index';
import { documentsOf } from '#shared/domain/by-kind/documents';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { ReferenceKind } from '#shared/domain/schemas/reference-data';
import { useDeviceSettings } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useToday } from '../../app/useToday';
import { currentTemplates } from './county-templates';
import { makeDocument } from './make-document';
import { shippedTemplates, type TemplateSource } from './template-source';

/** Reference entries a form prints by name (学法记录's laws, 受理登记表's 纠纷类型), read when a document is made. */
const namedReferenceKinds: readonly ReferenceKind[] = ['law', 'disputeType'];

const TemplatesContext = createContext<TemplateSource>(shippedTemplates);
export const TemplatesProvider = TemplatesContext.Provider;

export function useDocuments<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]) {
  const { settings, township } = useDeviceSettings();
  const today = useToday();
  const fallback = use(TemplatesContext);
  const store = useAppStore();
  const templates = useMemo(() => currentTemplates(store.reference, fallback), [store.reference, fallback]);
  const context = useMemo(() => documentContext({
    townshipName: township?.name ?? '',
    committeeName: typeof township?.details?.text === 'string' ? township.details.text : undefined,
    today,
    role: settings.role,
    deviceTownshipId: settings.townshipId,
    recordTownshipId: record.townshipId,
  }), [township, today, settings.role, settings.townshipId, record.townshipId]);
  const documents = documentsOf(kind);
  const make = useCallback(
    async (documentId: string) => {
      const description = documents.find((item) => item.id === documentId);
      if (!description) throw new Error(`DOC_UNKNOWN: 没有这种文书 ${documentId}`);
      const entries = (await Promise.all(namedReferenceKinds.map((name) => store.reference.list(name)))).flat();
      const referenceNames = Object.fromEntries(entries.map((entry) => [entry.id, entry.name]));
      return makeDocument(description, record, describeKind(kind).title(record), { ...context, referenceNames }, templates);
    },
    [documents, record, kind, context, templates, store],
  );
  return { documents, make, context };
}
