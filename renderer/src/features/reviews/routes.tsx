// The review feature's pages and menu entry (features/index.ts hands them to the app).
import ReviewIcon from '@mui/icons-material/FactCheckOutlined';
import { ledgerPages } from '../../app/ledger-pages';
import type { FeaturePages } from '../../app/route-types';
import { ReviewDetailPage } from './ReviewDetailPage';
import { ReviewEditPage, ReviewNewPage } from './ReviewEditPage';
import { ReviewListPage } from './ReviewListPage';

export const reviewPages: FeaturePages = ledgerPages('caseReview', {
  list: ReviewListPage, create: ReviewNewPage, edit: ReviewEditPage, detail: ReviewDetailPage,
}, ReviewIcon);
