// The statistics feature's page and menu entry (features/index.ts hands them to the app).
import StatisticsIcon from '@mui/icons-material/BarChartOutlined';
import type { FeaturePages } from '../../app/route-types';
import { StatisticsPage } from './StatisticsPage';

export const statisticsPages: FeaturePages = { routes: [{ path: '/statistics', component: StatisticsPage }], nav: { label: '统计报表', href: '/statistics', icon: StatisticsIcon } };
