// The app: providers around what boot.ts started (store, sync, files, drafts, device facts), settings,
// hash routing (works under app:// and the web preview).
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { AppContext, Recovery } from '../boot';
import { BackupProvider } from '../backup/backup-context';
import { DraftStorageProvider } from '../components/form/draft-storage-context';
import { FilesProvider } from './files-context';
import { StaticSyncProvider } from '../sync/SyncContext';
import { SyncStatusChip } from '../sync/SyncStatusChip';
import { AccountGate } from './accounts/AccountGate';
import { SessionProvider } from './accounts/session-context';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { AppShell } from './AppShell';
import type { AppPages } from './route-types';
import { DeviceProvider } from './device-context';
import { SettingsProvider } from './settings-context';
import { StartGate } from './StartGate';
import { StaticStoreProvider } from './store-context';

export interface AppProps {
  /** Boot's start: the same promise while it runs and once started; a new try after a failure. */
  start: () => Promise<AppContext>;
  /** Every page and the navigation, from the features (features/index.ts). */
  pages: AppPages;
  /** What the start-up error page offers when the profile cannot open (restore, start afresh). */
  recovery?: Recovery;
}

export function App({ start, pages, recovery }: AppProps) {
  return (
    <AppProviders>
      <StartGate start={start} recovery={recovery}>
        {(context) => (
          <DeviceProvider value={context.device}>
            <StaticStoreProvider store={context.store}>
              <SettingsProvider>
                <StaticSyncProvider client={context.sync}>
                  <FilesProvider value={context.files}>
                    <BackupProvider value={context.backup ?? null}>
                    <DraftStorageProvider storage={context.drafts}>
                      <SessionProvider>
                        <AccountGate>
                          <Router hook={useHashLocation}>
                            <AppShell nav={pages.nav} statusSlot={<SyncStatusChip />}>
                              <AppRoutes routes={pages.routes} />
                            </AppShell>
                          </Router>
                        </AccountGate>
                      </SessionProvider>
                    </DraftStorageProvider>
                    </BackupProvider>
                  </FilesProvider>
                </StaticSyncProvider>
              </SettingsProvider>
            </StaticStoreProvider>
          </DeviceProvider>
        )}
      </StartGate>
    </AppProviders>
  );
}
