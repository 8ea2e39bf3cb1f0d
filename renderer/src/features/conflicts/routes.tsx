import ConflictIcon from '@mui/icons-material/CallSplitOutlined';
import type { FeaturePages } from '../../app/route-types';
import { ConflictPage } from './ConflictPage';
import { ConflictsNavBadge } from './ConflictsNavBadge';
import { ConflictsPage } from './ConflictsPage';

export const conflictPages: FeaturePages = {
  routes: [
    { path: '/conflicts/:id', component: ConflictPage },
    { path: '/conflicts', component: ConflictsPage },
  ],
  nav: { label: '冲突处理', href: '/conflicts', icon: ConflictIcon, badge: ConflictsNavBadge },
};
