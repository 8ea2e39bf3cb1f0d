// The officer feature's pages in the app's route table (app/routes.tsx).
import type { AppRoute } from '../../app/route-types';
import { OfficerDetailPage } from './OfficerDetailPage';
import { OfficerEditPage, OfficerNewPage } from './OfficerEditPage';
import { OfficerListPage } from './OfficerListPage';

export const officerRoutes: AppRoute[] = [
  { path: '/officers', component: OfficerListPage },
  { path: '/officers/new', component: OfficerNewPage },
  { path: '/officers/:id/edit', component: OfficerEditPage },
  { path: '/officers/:id', component: OfficerDetailPage },
];
