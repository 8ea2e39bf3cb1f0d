// The enforcement feature's pages and menu entry (features/index.ts hands them to the app).
import EnforcementIcon from '@mui/icons-material/GavelOutlined';
import { ledgerPages } from '../../app/ledger-pages';
import type { FeaturePages } from '../../app/route-types';
import { EnforcementDetailPage } from './EnforcementDetailPage';
import { EnforcementEditPage, EnforcementNewPage } from './EnforcementEditPage';
import { EnforcementListPage } from './EnforcementListPage';

export const enforcementPages: FeaturePages = ledgerPages('enforcementCase', {
  list: EnforcementListPage, create: EnforcementNewPage, edit: EnforcementEditPage, detail: EnforcementDetailPage,
}, EnforcementIcon);
