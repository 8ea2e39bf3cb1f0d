// The 文书 a record can make on this device: its kind's documents, the context from settings and the clock,
// and the templates (a test or a later county source may provide others through <TemplatesProvider>).
import { createContext, use, useCallback, useMemo } from 'react';
import { documentContext, documentsOf } from '#shared/domain/documents/index';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { useDeviceSettings } from '../../app/settings-context';
import { useToday } from '../../app/useToday';
import { makeDocument } from './make-document';
import { shippedTemplates, type TemplateSource } from './template-source';

const TemplatesContext = createContext<TemplateSource>(shippedTemplates);
export const TemplatesProvider = TemplatesContext.Provider;

export function useDocuments<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]) {
  const { settings, township } = useDeviceSettings();
  const today = useToday();
  const templates = use(TemplatesContext);
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
    (documentId: string) => {
      const description = documents.find((item) => item.id === documentId);
      if (!description) throw new Error(`DOC_UNKNOWN: 没有这种文书 ${documentId}`);
      return makeDocument(description, record, describeKind(kind).title(record), context, templates);
    },
    [documents, record, kind, context, templates],
  );
  return { documents, make, context };
}
