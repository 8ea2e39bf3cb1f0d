// Renders a page or component the way the app does (theme, zh-CN dates, store, settings, drafts,
// routing) around an in-memory store, for component tests.
import type { ReactNode } from 'react';
import { configure, render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import type { AccountRole } from '#shared/domain/accounts/roles';
import type { AppContext } from '../../boot';
import type { AppStore } from '../../store/contract';
import { createDraftStorage, type DraftStorage } from '../../components/form/draft-storage';
import { DraftStorageProvider } from '../../components/form/draft-storage-context';
import { SessionProvider } from '../accounts/session-context';
import { AppProviders } from '../AppProviders';
import { SettingsProvider } from '../settings-context';
import { StaticStoreProvider } from '../store-context';
import { createMemoryStore, type MemoryStoreOptions } from './memory-store';

// MUI under happy-dom on a busy machine can take more than the default second to settle; a wait is not an assertion.
configure({ asyncUtilTimeout: 10_000 });

/** A township store with the county's default reference data and a named operator. */
export function townshipStore(options: MemoryStoreOptions = {}): AppStore {
  return createMemoryStore({
    reference: defaultReferenceData('2026-01-01T00:00:00.000Z'),
    ...options,
    settings: { operatorName: '李文', townshipId: 'zhongren', role: 'township', ...options.settings },
  });
}

/** The password of the accounts `withAccount` makes. */
export const TEST_PASSWORD = 'mima2026ok';

/**
 * `store` with its first 管理员 (named as the settings' operator) signed in, and, given a role, a second
 * account of that role signed in instead: the screens behind the sign-in gate, as that person sees them.
 */
export async function withAccount(store: AppStore, role?: Exclude<AccountRole, 'admin'>, name = '王敏'): Promise<AppStore> {
  const { operatorName } = await store.settings.get();
  const admin = await store.accounts.createFirstAdmin({ name: operatorName || '李文', login: 'guanli', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
  if (!admin.ok) throw new Error(admin.message);
  if (!role) return store;
  // The official has replaced the password the 管理员 gave with their own (TEST_PASSWORD), as at a first sign-in.
  const given = 'chushi2026';
  const other = await store.accounts.add({ name, login: 'other', role, password: given, confirm: given });
  if (!other.ok) throw new Error(other.message);
  store.accounts.signOut();
  const signed = await store.accounts.signIn(other.account.id, given);
  if (!signed.ok) throw new Error(signed.message);
  const own = await store.accounts.changeOwnPassword(given, TEST_PASSWORD, TEST_PASSWORD);
  if (!own.ok) throw new Error(own.message);
  return store;
}

/** Drafts in the test's localStorage, unlocked with a fresh random key. */
export function testDraftStorage(): DraftStorage {
  const storage = createDraftStorage(window.localStorage);
  storage.unlock(btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))));
  return storage;
}

/** What boot.ts hands <App>, around a test's store: unsynced, no file sync, a web build's device. */
export function testAppContext(store: AppStore = townshipStore()): AppContext {
  return {
    store,
    sync: null,
    files: { fileSync: () => Promise.reject(new Error('FILES_NOT_PROVIDED')), saveFile: () => Promise.resolve({ ok: true, value: { savedTo: null } }),
      printToPdf: () => Promise.resolve({ ok: true, value: { savedTo: null } }) },
    drafts: testDraftStorage(),
    device: { app: { name: '台账', version: 'test', platform: 'web', os: 'test' }, keyProtection: 'browser' },
  };
}

export interface RenderAppOptions {
  store?: AppStore;
  drafts?: DraftStorage;
  path?: string;
}

export function renderApp(ui: ReactNode, options: RenderAppOptions = {}) {
  const store = options.store ?? townshipStore();
  const drafts = options.drafts ?? testDraftStorage();
  const location = memoryLocation({ path: options.path ?? '/', record: true });
  const wrap = (node: ReactNode) => (
    <AppProviders>
      <StaticStoreProvider store={store}>
        <SettingsProvider>
          <SessionProvider>
            <DraftStorageProvider storage={drafts}>
              <Router hook={location.hook}>{node}</Router>
            </DraftStorageProvider>
          </SessionProvider>
        </SettingsProvider>
      </StaticStoreProvider>
    </AppProviders>
  );
  const result = render(wrap(ui));
  return { ...result, store, drafts, location, rerenderApp: (node: ReactNode) => result.rerender(wrap(node)) };
}
