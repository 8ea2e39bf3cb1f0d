import type { AppRoute } from '../../app/route-types';
import { ReferencePage } from './ReferencePage';

export const referenceRoutes: AppRoute[] = [{ path: '/reference', component: ReferencePage }];
