// What a feature contributes to the app: its pages (routes) and, optionally, its place in the navigation.
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
}
