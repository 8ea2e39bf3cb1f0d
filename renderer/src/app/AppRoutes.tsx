// Renders the pages the features hand in; until settings name an operator and a township, every page leads to 设置.
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { NotFound } from './NotFound';
import type { AppRoute } from './route-types';
import { settingsComplete, useDeviceSettings } from './settings-context';

export function AppRoutes({ routes }: { routes: readonly AppRoute[] }) {
  const { settings } = useDeviceSettings();
  const [location] = useLocation();
  if (!settingsComplete(settings) && location !== '/settings') return <Redirect to="/settings" replace />;
  return (
    <Switch>
      {routes.map((route) => <Route key={route.path} path={route.path} component={route.component} />)}
      <Route component={NotFound} />
    </Switch>
  );
}
