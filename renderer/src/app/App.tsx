// The app: providers, the store opened once, settings, hash routing (works under app:// and the web preview).
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppStore } from '../store/contract';
import { DraftStorageProvider } from '../components/form/draft-storage-context';
import type { DraftStorage } from '../components/form/draft-storage';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { AppShell } from './AppShell';
import { SettingsProvider } from './settings-context';
import { StoreProvider } from './store-context';

export interface AppProps {
  /** Opens the store once; returns the same promise on every call. */
  openStore: () => Promise<AppStore>;
  /** Where unsaved form drafts are kept (encrypted with the device's data key). */
  draftStorage: DraftStorage;
  /** Shown at the right of the app bar: where the sync status goes once sync exists. */
  statusSlot?: ReactNode;
}

export function App({ openStore, draftStorage, statusSlot }: AppProps) {
  return (
    <AppProviders>
      <StoreProvider open={openStore}>
        <SettingsProvider>
          <DraftStorageProvider storage={draftStorage}>
            <Router hook={useHashLocation}>
              <AppShell statusSlot={statusSlot}>
                <AppRoutes />
              </AppShell>
            </Router>
          </DraftStorageProvider>
        </SettingsProvider>
      </StoreProvider>
    </AppProviders>
  );
}
