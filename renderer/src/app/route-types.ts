// What a feature contributes to the app: its pages (routes) and, optionally, its place in the navigation.
// The features hand theirs up (features/index.ts) and main.tsx gives them to <App>, so app/ never
// imports a feature.
import type { ComponentType } from 'react';

export interface AppRoute {
  /** wouter pattern, e.g. '/mediation/:id/edit'. More specific paths first within a feature. */
  path: string;
  // wouter passes `params`; pages read them with useParams instead.
  component: ComponentType;
}

export interface NavEntry {
  label: string;
  href: string;
  icon: ComponentType;
  /** Shown after the label, e.g. the number of open sync conflicts. */
  badge?: ComponentType;
  /** Shown only on a PC of this role (全县概览: the county's). */
  onlyFor?: 'township' | 'county';
  /** Shown only to a signed-in 管理员 (账户管理); the store refuses the others anyway. */
  adminOnly?: boolean;
}

export interface FeaturePages {
  routes: AppRoute[];
  nav?: NavEntry;
}

/** Every page of the app and the navigation, in the order the menu shows them. */
export interface AppPages {
  routes: AppRoute[];
  nav: NavEntry[];
}
