// The mediation feature's pages in the app's route table (app/routes.tsx). New features copy this shape.
import type { AppRoute } from '../../app/route-types';
import { MediationDetailPage } from './MediationDetailPage';
import { MediationEditPage, MediationNewPage } from './MediationEditPage';
import { MediationListPage } from './MediationListPage';

export const mediationRoutes: AppRoute[] = [
  { path: '/mediation', component: MediationListPage },
  { path: '/mediation/new', component: MediationNewPage },
  { path: '/mediation/:id/edit', component: MediationEditPage },
  { path: '/mediation/:id', component: MediationDetailPage },
];
