// Every feature's pages and menu entries, in the order of the menu. main.tsx gives them to <App>; a new
// feature (a new ledger kind's among them) is one line here.
import type { AppPages, FeaturePages } from '../app/route-types';
import { accountPages } from './accounts/routes';
import { conflictPages } from './conflicts/routes';
import { countyPages } from './county/routes';
import { dashboardPages } from './dashboard/routes';
import { documentPages } from './documents/routes';
import { enforcementPages } from './enforcement/routes';
import { mediationPages } from './mediation/routes';
import { officerPages } from './officers/routes';
import { referencePages } from './reference/routes';
import { reviewPages } from './reviews/routes';
import { settingsPages } from './settings/routes';
import { statisticsPages } from './statistics/routes';
import { studyPages } from './study/routes';
import { trashPages } from './trash/routes';

const features: FeaturePages[] = [
  dashboardPages, mediationPages, studyPages, enforcementPages, officerPages, reviewPages, statisticsPages, countyPages,
  trashPages, conflictPages, referencePages, accountPages, settingsPages, documentPages,
];

export const appPages: AppPages = {
  routes: features.flatMap((feature) => feature.routes),
  nav: features.flatMap((feature) => (feature.nav ? [feature.nav] : [])),
};
