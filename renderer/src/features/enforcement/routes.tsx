// The enforcement feature's pages in the app's route table (app/routes.tsx).
import type { AppRoute } from '../../app/route-types';
import { EnforcementDetailPage } from './EnforcementDetailPage';
import { EnforcementEditPage, EnforcementNewPage } from './EnforcementEditPage';
import { EnforcementListPage } from './EnforcementListPage';

export const enforcementRoutes: AppRoute[] = [
  { path: '/enforcement', component: EnforcementListPage },
  { path: '/enforcement/new', component: EnforcementNewPage },
  { path: '/enforcement/:id/edit', component: EnforcementEditPage },
  { path: '/enforcement/:id', component: EnforcementDetailPage },
];
