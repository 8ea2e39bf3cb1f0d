import type { AppRoute } from '../../app/route-types';
import { ConflictPage } from './ConflictPage';
import { ConflictsPage } from './ConflictsPage';

export const conflictRoutes: AppRoute[] = [
  { path: '/conflicts/:id', component: ConflictPage },
  { path: '/conflicts', component: ConflictsPage },
];
