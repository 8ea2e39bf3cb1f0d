// Decision 033: an older app opening a database a newer app wrote (a newer schema version of a collection)
// refuses with a Chinese message, writes nothing, and the newer app still finds every record afterwards.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase, getAllCollectionDocuments, type RxJsonSchema } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { collectionSchemas, type CollectionName, type MediationCase } from '#shared/domain/schemas/index';
import { keepAsIs, schemaMigrations } from '#shared/domain/schemas/migrations';
import { describeError } from '../components/feedback/describe-error';
import { wrappedFieldEncryptionStorage } from './field-encryption';
import { actor, DATA_KEY, freshName, mediationDraft, openTestStore } from './test-support';

const newerVersion = collectionSchemas.mediationCase.version + 1;

const written: MediationCase = {
  ...mediationDraft(),
  id: 'm-newer-app', townshipId: 'suibin', createdAt: '2027-03-01T02:00:00.000Z', updatedAt: '2027-03-01T02:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: 'k-newer', searchText: '',
  caseNumber: '〔2027〕绥滨调字第1号', caseYear: 2027, caseSeq: 1, partyIdHashes: [],
};

/** The same IndexedDB and encryption as the app's; validated by ajv at run time, since the precompiled validators know only this release's schemas. */
const storage = () => wrappedValidateAjvStorage({ storage: wrappedFieldEncryptionStorage({ storage: getRxStorageDexie({ indexedDB, IDBKeyRange }) }) });

/** The next release as it would open the database: the mediation case one schema version further. */
async function openAsNewerApp(name: string) {
  addRxPlugin(RxDBLocalDocumentsPlugin);
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const db = await createRxDatabase({ name, storage: storage(), password: DATA_KEY, multiInstance: false, localDocuments: true });
  const everyVersion = Object.fromEntries(Array.from({ length: newerVersion }, (_, i) => [i + 1, keepAsIs]));
  await db.addCollections(Object.fromEntries(Object.entries(collectionSchemas).map(([key, schema]) => {
    const newer = key === 'mediationCase';
    return [key, {
      schema: (newer ? { ...schema, version: newerVersion } : schema) as unknown as RxJsonSchema<unknown>,
      migrationStrategies: newer ? everyVersion : schemaMigrations[key as CollectionName] ?? {},
    }];
  })));
  return db;
}

async function storedMediationVersions(name: string): Promise<number[]> {
  const db = await createRxDatabase({ name, storage: storage(), password: DATA_KEY, multiInstance: false });
  try {
    const docs = await getAllCollectionDocuments(db.internalStore);
    return docs.filter((d) => d.data.name === 'mediationCase').map((d) => d.data.schema.version);
  } finally {
    await db.close();
  }
}

describe('a database written by a newer release', () => {
  it('is refused by this release with a message, untouched, and the newer release still opens it whole', { timeout: 60_000 }, async () => {
    const name = freshName('newer');
    const newer = await openAsNewerApp(name);
    await newer.collections.mediationCase!.insert(written);
    await newer.close();

    const refused = await openTestStore({ name }).then(() => undefined, (error: unknown) => error);
    const shown = describeError(refused);
    expect(shown.code).toBe('STORE_TOO_NEW');
    expect(shown.message).toContain('请安装县司法局发布的最新版本');
    // It opened no collection at its own version beside the newer one.
    expect(await storedMediationVersions(name)).toEqual([newerVersion]);

    const again = await openAsNewerApp(name);
    try {
      const found = (await again.collections.mediationCase!.findOne('m-newer-app').exec()) as { toJSON(): unknown } | null;
      expect(found?.toJSON()).toMatchObject({ caseNumber: written.caseNumber, personal: written.personal });
    } finally {
      await again.close();
    }
  });

  it('a database of this release opens as before', { timeout: 60_000 }, async () => {
    const store = await openTestStore();
    await store.close();
  });
});
