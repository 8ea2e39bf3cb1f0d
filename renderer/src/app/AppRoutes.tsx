// Renders the route table; until settings name an operator and a township, every page leads to 设置.
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { NotFound } from './NotFound';
import { routes } from './routes';
import { settingsComplete, useDeviceSettings } from './settings-context';

export function AppRoutes() {
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
