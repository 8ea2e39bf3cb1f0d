import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import type { FeaturePages } from '../../app/route-types';
import { DashboardPage } from './DashboardPage';

export const dashboardPages: FeaturePages = { routes: [{ path: '/', component: DashboardPage }], nav: { label: '工作台', href: '/', icon: DashboardIcon } };
