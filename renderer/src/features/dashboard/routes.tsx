import type { AppRoute } from '../../app/route-types';
import { DashboardPage } from './DashboardPage';

export const dashboardRoutes: AppRoute[] = [{ path: '/', component: DashboardPage }];
