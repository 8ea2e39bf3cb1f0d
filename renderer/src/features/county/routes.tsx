// 全县概览: the county's page (decision 026), in the menu of the county's PC only.
import CountyIcon from '@mui/icons-material/MapOutlined';
import type { FeaturePages } from '../../app/route-types';
import { CountyPage } from './CountyPage';

export const countyPages: FeaturePages = {
  routes: [{ path: '/county', component: CountyPage }],
  nav: { label: '全县概览', href: '/county', icon: CountyIcon, onlyFor: 'county' },
};
