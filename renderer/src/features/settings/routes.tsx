import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import type { FeaturePages } from '../../app/route-types';
import { SettingsPage } from './SettingsPage';

export const settingsPages: FeaturePages = { routes: [{ path: '/settings', component: SettingsPage }], nav: { label: '设置', href: '/settings', icon: SettingsIcon } };
