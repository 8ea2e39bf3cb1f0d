// Entry: the composition root (boot.ts) starts everything once per page; <App> shows it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridge } from '#bridge';
import { App } from './app/App';
import { createBoot, createRecovery } from './boot';
import { appPages } from './features/index';

const boot = createBoot({ bridge, draftsIn: window.localStorage });
const recovery = createRecovery({ bridge, draftsIn: window.localStorage });

const root = document.getElementById('root');
if (!root) throw new Error('ROOT_MISSING: index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App start={boot.start} pages={appPages} recovery={recovery} />
  </StrictMode>,
);
