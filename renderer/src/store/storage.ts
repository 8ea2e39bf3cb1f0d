// The RxDB storage stack: z-schema validation (ajv needs 'unsafe-eval', which the CSP forbids),
// then crypto-js encryption of the schemas' `encrypted` fields, then Dexie on IndexedDB.
import type { RxStorage } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateZSchemaStorage } from 'rxdb/plugins/validate-z-schema';

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
  return wrappedValidateZSchemaStorage({ storage: wrappedKeyEncryptionCryptoJsStorage({ storage: dexie }) });
}
