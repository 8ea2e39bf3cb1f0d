import type { AppRoute } from '../../app/route-types';
import { TrashPage } from './TrashPage';

export const trashRoutes: AppRoute[] = [{ path: '/trash', component: TrashPage }];
