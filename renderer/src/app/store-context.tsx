// The store is opened once (getAppStore) and handed down by context. While it opens the app shows
// a quiet loading state; when it cannot open (storage unavailable, key missing) a page that says why.
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { AppStore } from '../store/contract';
import { LoadingState } from '../components/feedback/LoadingState';
import { StorageErrorPage } from './StorageErrorPage';

const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = use(StoreContext);
  if (!store) throw new Error('STORE_CONTEXT_MISSING: useAppStore outside <StoreProvider>');
  return store;
}

type Opening = { state: 'opening' } | { state: 'open'; store: AppStore } | { state: 'failed'; error: unknown };

/** `open` must return the same promise on every call (getAppStore does) so StrictMode cannot open twice. */
export function StoreProvider({ open, children }: { open: () => Promise<AppStore>; children: ReactNode }) {
  const [opening, setOpening] = useState<Opening>({ state: 'opening' });
  useEffect(() => {
    let live = true;
    open().then(
      (store) => live && setOpening({ state: 'open', store }),
      (error: unknown) => live && setOpening({ state: 'failed', error }),
    );
    return () => { live = false; };
  }, [open]);
  if (opening.state === 'opening') return <LoadingState label="正在打开本机数据…" />;
  if (opening.state === 'failed') return <StorageErrorPage error={opening.error} />;
  return <StoreContext value={opening.store}>{children}</StoreContext>;
}

/** For tests and previews that already hold a store. */
export function StaticStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}
