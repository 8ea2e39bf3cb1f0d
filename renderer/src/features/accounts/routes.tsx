import AccountsIcon from '@mui/icons-material/ManageAccountsOutlined';
import type { FeaturePages } from '../../app/route-types';
import { AccountsPage } from './AccountsPage';

export const accountPages: FeaturePages = {
  routes: [{ path: '/accounts', component: AccountsPage }],
  nav: { label: '账户管理', href: '/accounts', icon: AccountsIcon, adminOnly: true },
};
