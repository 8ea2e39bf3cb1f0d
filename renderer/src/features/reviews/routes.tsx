// The case-review feature's pages in the app's route table (app/routes.tsx).
import type { AppRoute } from '../../app/route-types';
import { ReviewDetailPage } from './ReviewDetailPage';
import { ReviewEditPage, ReviewNewPage } from './ReviewEditPage';
import { ReviewListPage } from './ReviewListPage';

export const reviewRoutes: AppRoute[] = [
  { path: '/reviews', component: ReviewListPage },
  { path: '/reviews/new', component: ReviewNewPage },
  { path: '/reviews/:id/edit', component: ReviewEditPage },
  { path: '/reviews/:id', component: ReviewDetailPage },
];
