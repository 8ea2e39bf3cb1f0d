// The one route table: every feature registers its pages here, and the navigation is built from it.
// A ledger whose feature is not built yet keeps a placeholder page so its menu entry never crashes.
import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import MediationIcon from '@mui/icons-material/HandshakeOutlined';
import StudyIcon from '@mui/icons-material/MenuBookOutlined';
import EnforcementIcon from '@mui/icons-material/GavelOutlined';
import OfficerIcon from '@mui/icons-material/BadgeOutlined';
import ReviewIcon from '@mui/icons-material/FactCheckOutlined';
import TrashIcon from '@mui/icons-material/DeleteOutlineOutlined';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import ConflictIcon from '@mui/icons-material/CallSplitOutlined';
import ReferenceIcon from '@mui/icons-material/EventNoteOutlined';
import { ConflictsNavBadge } from '../features/conflicts/ConflictsNavBadge';
import { conflictRoutes } from '../features/conflicts/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { enforcementRoutes } from '../features/enforcement/routes';
import { mediationRoutes } from '../features/mediation/routes';
import { officerRoutes } from '../features/officers/routes';
import { referenceRoutes } from '../features/reference/routes';
import { reviewRoutes } from '../features/reviews/routes';
import { settingsRoutes } from '../features/settings/routes';
import { studyRoutes } from '../features/study/routes';
import { trashRoutes } from '../features/trash/routes';
import type { AppRoute, NavEntry } from './route-types';

export type { AppRoute, NavEntry } from './route-types';

export const navEntries: NavEntry[] = [
  { label: '工作台', href: '/', icon: DashboardIcon },
  { label: '人民调解', href: '/mediation', icon: MediationIcon },
  { label: '学法记录', href: '/study', icon: StudyIcon },
  { label: '行政执法', href: '/enforcement', icon: EnforcementIcon },
  { label: '执法人员', href: '/officers', icon: OfficerIcon },
  { label: '案卷评查', href: '/reviews', icon: ReviewIcon },
  { label: '回收站', href: '/trash', icon: TrashIcon },
  { label: '冲突处理', href: '/conflicts', icon: ConflictIcon, badge: ConflictsNavBadge },
  { label: '基础数据', href: '/reference', icon: ReferenceIcon },
  { label: '设置', href: '/settings', icon: SettingsIcon },
];

export const routes: AppRoute[] = [
  ...dashboardRoutes,
  ...mediationRoutes,
  ...studyRoutes,
  ...reviewRoutes,
  ...trashRoutes,
  ...settingsRoutes,
  ...enforcementRoutes,
  ...officerRoutes,
  ...conflictRoutes,
  ...referenceRoutes,
];
