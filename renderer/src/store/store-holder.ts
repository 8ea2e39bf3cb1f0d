// One store per page, also under React StrictMode (effects run twice) and when several
// components ask at once: the first call starts opening, every later call gets that promise.
import type { AppStore } from './contract';

export interface StoreHolder {
  get(): Promise<AppStore>;
}

export function createStoreHolder(open: () => Promise<AppStore>): StoreHolder {
  let opening: Promise<AppStore> | undefined;
  return {
    get() {
      opening ??= open().then(
        (store) => ({
          ...store,
          async close() {
            opening = undefined;
            await store.close();
          },
        }),
        (error: unknown) => {
          // A failed open (no key yet, storage error) may be retried.
          opening = undefined;
          throw error;
        },
      );
      return opening;
    },
  };
}
