// The officer feature's pages and menu entry (features/index.ts hands them to the app).
import OfficerIcon from '@mui/icons-material/BadgeOutlined';
import { ledgerPages } from '../../app/ledger-pages';
import type { FeaturePages } from '../../app/route-types';
import { OfficerDetailPage } from './OfficerDetailPage';
import { OfficerEditPage, OfficerNewPage } from './OfficerEditPage';
import { OfficerListPage } from './OfficerListPage';

export const officerPages: FeaturePages = ledgerPages('officer', {
  list: OfficerListPage, create: OfficerNewPage, edit: OfficerEditPage, detail: OfficerDetailPage,
}, OfficerIcon);
