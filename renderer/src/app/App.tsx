// The app: providers, the store opened once, settings, hash routing (works under app:// and the web preview).
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppStore } from '../store/contract';
import type { SyncClient } from '../sync/contract';
import { SyncProvider } from '../sync/SyncContext';
import { DraftStorageProvider } from '../components/form/draft-storage-context';
import type { DraftStorage } from '../components/form/draft-storage';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { AppShell } from './AppShell';
import type { AppPages } from './route-types';
import { SettingsProvider } from './settings-context';
import { StoreProvider } from './store-context';

export interface AppProps {
  /** Opens the store once; returns the same promise on every call. */
  openStore: () => Promise<AppStore>;
  /** Where unsaved form drafts are kept (encrypted with the device's data key). */
  draftStorage: DraftStorage;
  /** Shown at the right of the app bar: the sync status. */
  statusSlot?: ReactNode;
  /** Starts sync once the store is open; same promise on every call. Without it the app runs unsynced. */
  openSync?: () => Promise<SyncClient>;
  /** Every page and the navigation, from the features (features/index.ts). */
  pages: AppPages;
}

export function App({ openStore, draftStorage, statusSlot, openSync, pages }: AppProps) {
  return (
    <AppProviders>
      <StoreProvider open={openStore}>
        <SettingsProvider>
          <SyncProvider open={openSync}>
            <DraftStorageProvider storage={draftStorage}>
              <Router hook={useHashLocation}>
                <AppShell nav={pages.nav} statusSlot={statusSlot}>
                  <AppRoutes routes={pages.routes} />
                </AppShell>
              </Router>
            </DraftStorageProvider>
          </SyncProvider>
        </SettingsProvider>
      </StoreProvider>
    </AppProviders>
  );
}
