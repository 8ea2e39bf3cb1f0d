// The 文书 print views: one route per kind that has documents, under the record's page. No menu entry: they
// open from a record's 「文书」 menu.
import type { FeaturePages } from '../../app/route-types';
import { ledgerKindDescriptions } from '#shared/domain/kinds/index';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { documentPrintPage } from './DocumentPrintPage';
import { dossierPage } from './dossier/DossierPage';

const kindsWithDocuments = (Object.keys(ledgerKindDescriptions) as LedgerKind[])
  .filter((kind) => (ledgerKindDescriptions[kind] as { documents?: readonly unknown[] }).documents?.length);

const kindsWithDossier = (Object.keys(ledgerKindDescriptions) as LedgerKind[])
  .filter((kind) => (ledgerKindDescriptions[kind] as { dossier?: unknown }).dossier !== undefined);

export const documentPages: FeaturePages = {
  routes: [
    ...kindsWithDocuments.map((kind) => ({ path: `${ledgerKindDescriptions[kind].path}/:id/documents/:documentId`, component: documentPrintPage(kind) })),
    ...kindsWithDossier.map((kind) => ({ path: `${ledgerKindDescriptions[kind].path}/:id/dossier`, component: dossierPage(kind) })),
  ],
};
