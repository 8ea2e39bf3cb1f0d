// The RxDB storage stack: z-schema validation (ajv needs 'unsafe-eval', which the CSP forbids;
// see validate-z-schema-cached.ts for why not RxDB's own wrapper), then crypto-js encryption of
// the schemas' `encrypted` fields, then Dexie on IndexedDB.
import type { RxStorage } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateCachedZSchemaStorage } from './validate-z-schema-cached';

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
  return wrappedValidateCachedZSchemaStorage({ storage: wrappedKeyEncryptionCryptoJsStorage({ storage: dexie }) });
}
