// The study feature's pages in the app's route table (app/routes.tsx).
import type { AppRoute } from '../../app/route-types';
import { StudyDetailPage } from './StudyDetailPage';
import { StudyEditPage, StudyNewPage } from './StudyEditPage';
import { StudyListPage } from './StudyListPage';

export const studyRoutes: AppRoute[] = [
  { path: '/study', component: StudyListPage },
  { path: '/study/new', component: StudyNewPage },
  { path: '/study/:id/edit', component: StudyEditPage },
  { path: '/study/:id', component: StudyDetailPage },
];
