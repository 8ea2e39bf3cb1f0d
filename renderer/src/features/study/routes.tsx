// The study feature's pages and menu entry (features/index.ts hands them to the app).
import StudyIcon from '@mui/icons-material/MenuBookOutlined';
import { ledgerPages } from '../../app/ledger-pages';
import type { FeaturePages } from '../../app/route-types';
import { StudyDetailPage } from './StudyDetailPage';
import { StudyEditPage, StudyNewPage } from './StudyEditPage';
import { StudyListPage } from './StudyListPage';

export const studyPages: FeaturePages = ledgerPages('studySession', {
  list: StudyListPage, create: StudyNewPage, edit: StudyEditPage, detail: StudyDetailPage,
}, StudyIcon);
