// Entry: opens the store once (and with its data key unlocks the form drafts), starts sync (records and
// attachment uploads), renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridge } from '#bridge';
import { App } from './app/App';
import { FilesFollowSync } from './features/attachments/FilesFollowSync';
import { appPages } from './features/index';
import { createDraftStorage } from './components/form/draft-storage';
import { getAppStore } from './store/index';
import type { AppStore } from './store/contract';
import { getSyncClient } from './sync/index';
import { SyncStatusChip } from './sync/SyncStatusChip';

const draftStorage = createDraftStorage(window.localStorage);

let opening: Promise<AppStore> | undefined;
/** Same promise on every call (StrictMode runs effects twice); a failure may be retried. */
function openStore(): Promise<AppStore> {
  opening ??= Promise.all([getAppStore(), bridge.getDataKey()]).then(([store, key]) => {
    if (key.ok) draftStorage.unlock(key.value.key);
    return store;
  }, (error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

const root = document.getElementById('root');
if (!root) throw new Error('ROOT_MISSING: index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App pages={appPages} openStore={openStore} draftStorage={draftStorage} openSync={getSyncClient} statusSlot={<><SyncStatusChip /><FilesFollowSync /></>} />
  </StrictMode>,
);
