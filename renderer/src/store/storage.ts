// The RxDB storage stack: validation by validators ajv generated at build time (compiling at
// run time needs 'unsafe-eval', which the CSP forbids; see validate-precompiled.ts), then
// AES-GCM encryption of the schemas' `encrypted` fields in Web Crypto (field-encryption.ts, decision
// 040), then Dexie on IndexedDB.
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedFieldEncryptionStorage } from './field-encryption';
import { wrappedValidatePrecompiledStorage } from './validate-precompiled';

/** Where IndexedDB comes from: the browser's by default, fake-indexeddb's in Node tests. */
export interface IndexedDbSource {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createStorage(source: IndexedDbSource = {}): RxStorage<unknown, unknown> {
  const dexie = getRxStorageDexie({
    ...source,
    // getRxStorageDexie hands these settings to `new Dexie(name, settings)` for every
    // collection, so every write transaction commits only once flushed to disk, not when it
    // reaches the OS buffer (Chromium's default since 121). See docs/decisions/003.
    chromeTransactionDurability: 'strict',
  });
  return wrappedValidatePrecompiledStorage({ storage: wrappedFieldEncryptionStorage({ storage: dexie }) });
}
