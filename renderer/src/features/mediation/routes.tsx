// The mediation feature's pages and menu entry (features/index.ts hands them to the app).
import MediationIcon from '@mui/icons-material/HandshakeOutlined';
import { ledgerPages } from '../../app/ledger-pages';
import type { FeaturePages } from '../../app/route-types';
import { MediationDetailPage } from './MediationDetailPage';
import { MediationEditPage, MediationNewPage } from './MediationEditPage';
import { MediationListPage } from './MediationListPage';

export const mediationPages: FeaturePages = ledgerPages('mediationCase', {
  list: MediationListPage, create: MediationNewPage, edit: MediationEditPage, detail: MediationDetailPage,
}, MediationIcon);
