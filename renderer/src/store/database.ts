// Creates the RxDB database with the app's collections, and beside it the search words' own
// IndexedDB database (search-words.ts, decision 045), closed with it. Called once per name: RxDB
// refuses a second instance of one name in a page (DB8), so the app opens it once, in boot.ts.
import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionSchemas, type CollectionName, type DocumentByCollection } from '#shared/domain/schemas/index';
import { schemaMigrations } from '#shared/domain/schemas/migrations';
import { newerStoredCollections, storeTooNewError } from './newer-store';
import { attachSearchWords, SearchWords } from './search-words';
import { createStorage, type IndexedDbSource } from './storage';

export type TaizhangCollections = { [K in CollectionName]: RxCollection<DocumentByCollection[K]> };
export type TaizhangDatabase = RxDatabase<TaizhangCollections>;

export interface DatabaseOptions {
  name: string;
  /** Encrypts the schemas' `encrypted` fields (the bridge's data key). */
  password: string;
  indexedDb?: IndexedDbSource;
  /** Several tabs of the web build share one database; off in single-window tests. */
  multiInstance?: boolean;
}

export async function createDatabase(options: DatabaseOptions): Promise<TaizhangDatabase> {
  // Database-level local documents hold settings and case-number counters (no extra collection).
  addRxPlugin(RxDBLocalDocumentsPlugin);
  // Stored documents follow a schema's new version at open (decision 015).
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const db = await createRxDatabase<TaizhangCollections>({
    name: options.name,
    storage: createStorage(options.indexedDb),
    password: options.password,
    multiInstance: options.multiInstance ?? true,
    localDocuments: true,
    eventReduce: true,
  });
  const collections = Object.fromEntries(
    Object.entries(collectionSchemas).map(([name, schema]) => [
      name,
      { schema: schema as unknown as RxJsonSchema<unknown>, migrationStrategies: schemaMigrations[name as CollectionName] ?? {} },
    ]),
  );
  try {
    // Before any collection opens (and writes its version): a database from a newer app is refused (decision 033).
    const newer = await newerStoredCollections(db.internalStore, Object.fromEntries(Object.entries(collectionSchemas).map(([name, schema]) => [name, schema.version])));
    if (newer.length > 0) throw storeTooNewError(newer);
    // A wrong password (DB1) or a blocked migration shows here: close, so a retry in this page can open the name again (DB8).
    await db.addCollections(collections);
  } catch (error) {
    await db.close();
    throw error;
  }
  const words = new SearchWords(options.name, options.indexedDb);
  attachSearchWords(db, words);
  db.onClose.push(() => words.close());
  return db;
}
