// The store, handed down by context: opened by boot.ts and provided by <App>, or a test's own.
import { createContext, use, type ReactNode } from 'react';
import type { AppStore } from '../store/contract';

const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = use(StoreContext);
  if (!store) throw new Error('STORE_CONTEXT_MISSING: useAppStore outside <StaticStoreProvider>');
  return store;
}

/** Provides a store that is already open (the app's, from boot; a test's). */
export function StaticStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}
