// The review feature's pages and menu entry (features/index.ts hands them to the app).
import ReviewIcon from '@mui/icons-material/FactCheckOutlined';
import { ledgerPages } from '../../app/ledger-pages';
import type { FeaturePages } from '../../app/route-types';
import { ReviewDetailPage } from './ReviewDetailPage';
import { ReviewEditPage, ReviewNewPage } from './ReviewEditPage';
import { ReviewListPage } from './ReviewListPage';
import { ReviewPrintPage } from './ReviewPrintPage';

const pages = ledgerPages('caseReview', {
  list: ReviewListPage, create: ReviewNewPage, edit: ReviewEditPage, detail: ReviewDetailPage,
}, ReviewIcon);

/** The ledger's pages and the printed 评分表 (its path before the detail page's, as more specific). */
export const reviewPages: FeaturePages = { ...pages, routes: [{ path: '/reviews/:id/print', component: ReviewPrintPage }, ...pages.routes] };
