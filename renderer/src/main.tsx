// Entry: the composition root (boot.ts) starts everything once per page; <App> shows it. Around it,
// what serves when things go wrong (docs/decisions/034): the logger, uncaught errors logged, and an
// error page instead of a blank window.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridge } from '#bridge';
import { appClock } from './app-clock';
import { App } from './app/App';
import { createBoot, createRecovery } from './boot';
import { AppErrorBoundary } from './diagnostics/AppErrorBoundary';
import { createDiagnostics } from './diagnostics/diagnostics';
import { DiagnosticsProvider } from './diagnostics/diagnostics-context';
import { logPageErrors } from './diagnostics/page-errors';
import { appPages } from './features/index';

const diagnostics = createDiagnostics(bridge, appClock);
logPageErrors(window, diagnostics.log);
void bridge.appInfo().then((app) => diagnostics.log.info(`页面已打开：${app.name} ${app.version}（${app.platform}）`), () => undefined);

const boot = createBoot({ bridge, draftsIn: window.localStorage });
const recovery = createRecovery({ bridge, draftsIn: window.localStorage });

const root = document.getElementById('root');
if (!root) throw new Error('ROOT_MISSING: index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <DiagnosticsProvider value={diagnostics}>
      <AppErrorBoundary diagnostics={diagnostics}>
        <App start={boot.start} pages={appPages} recovery={recovery} />
      </AppErrorBoundary>
    </DiagnosticsProvider>
  </StrictMode>,
);
