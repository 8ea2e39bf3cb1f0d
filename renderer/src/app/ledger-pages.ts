// A ledger feature's four pages and its menu entry, at the path and under the name its kind's description
// gives (shared/domain/kinds), so links, routes and the menu cannot disagree.
import type { ComponentType } from 'react';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { FeaturePages } from './route-types';

export interface LedgerPageComponents {
  list: ComponentType;
  create: ComponentType;
  edit: ComponentType;
  detail: ComponentType;
}

export function ledgerPages(kind: LedgerKind, pages: LedgerPageComponents, icon: ComponentType): FeaturePages {
  const { path, label } = describeKind(kind);
  return {
    // More specific first: '/x/new' before '/x/:id'.
    routes: [
      { path, component: pages.list },
      { path: `${path}/new`, component: pages.create },
      { path: `${path}/:id/edit`, component: pages.edit },
      { path: `${path}/:id`, component: pages.detail },
    ],
    nav: { label, href: path, icon },
  };
}
