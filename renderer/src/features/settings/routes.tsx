import type { AppRoute } from '../../app/route-types';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: AppRoute[] = [{ path: '/settings', component: SettingsPage }];
