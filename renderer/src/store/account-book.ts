// The accounts in a local document of the database: never replicated (accounts are this PC's), kept with
// the records it protects, changed in one step so two windows cannot lose each other's change.
import { filter } from 'rxjs';
import type { TaizhangDatabase } from './database';
import type { AccountBook, StoredAccount } from './account-store';

const ACCOUNTS_ID = 'staffAccounts';

interface AccountsDocument {
  accounts: StoredAccount[];
}

export function databaseAccountBook(db: TaizhangDatabase): AccountBook {
  return {
    async read() {
      const doc = await db.getLocal<AccountsDocument>(ACCOUNTS_ID);
      return doc ? [...(doc.toJSON().data as AccountsDocument).accounts] : [];
    },
    async update(change) {
      for (;;) {
        const doc = await db.getLocal<AccountsDocument>(ACCOUNTS_ID);
        if (doc) {
          await doc.incrementalModify((data: AccountsDocument) => ({ accounts: change([...data.accounts]) }));
          return;
        }
        try {
          await db.insertLocal<AccountsDocument>(ACCOUNTS_ID, { accounts: change([]) });
          return;
        } catch (error) {
          // Another window made the document first: change theirs.
          if ((error as { status?: number }).status !== 409) throw error;
        }
      }
    },
    watch(listener) {
      // Not `getLocal$`: it listens on `database.$`, and RxDB keeps every change batch that passes there
      // for good, records included (decision 048). The raw batches carry the same local-document events.
      const subscription = db.eventBulks$
        .pipe(filter((bulk) => bulk.isLocal && bulk.events.some((event) => event.documentId === ACCOUNTS_ID)))
        .subscribe(() => listener());
      return () => subscription.unsubscribe();
    },
  };
}

/** The accounts in memory (component tests' fake store). */
export function memoryAccountBook(): AccountBook {
  let accounts: StoredAccount[] = [];
  const listeners = new Set<() => void>();
  return {
    read: () => Promise.resolve(structuredClone(accounts)),
    update(change) {
      accounts = change(structuredClone(accounts));
      listeners.forEach((listener) => listener());
      return Promise.resolve();
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
