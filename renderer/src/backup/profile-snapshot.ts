// What a backup holds (decision 032), as entries of the container's zip:
//   manifest.json           — payload version, schema version per collection, counts
//   collections/<name>.json — every document of a collection, personal fields decrypted (the whole
//                             file is encrypted under the backup password instead)
//   local.json              — the database's local documents: settings, counters, numbering, sync state
//   files.json              — the file store's upload queue and removed attachments
//   files/<sha256>          — each attachment's bytes, as the official attached them
// Search words are not kept: they are rebuilt from the records after a restore.
import { collectionSchemas, type CollectionName } from '#shared/domain/schemas/index';
import type { BackupEntries } from '#shared/backup/container';
import { getLocalDocStateByParent, RX_LOCAL_DOCUMENT_SCHEMA } from 'rxdb/plugins/local-documents';
import { normalizeMangoQuery, prepareQuery, type RxDocumentData, type RxJsonSchema } from 'rxdb';
import type { TaizhangDatabase } from '../store/database';
import type { FileStoreRows, LocalFileStore } from '../files/local-file-store';

export const SNAPSHOT_VERSION = 1;

/**
 * Every collection. The search words, derived from the records, are not an RxDB collection
 * (store/search-words.ts, decision 045): never carried, rebuilt after a restore.
 */
export const backedUpCollections = Object.keys(collectionSchemas) as CollectionName[];

export interface SnapshotManifest {
  snapshotVersion: number;
  /** Schema version of each collection's documents as written. */
  schemaVersions: Partial<Record<CollectionName, number>>;
  counts: Partial<Record<CollectionName, number>> & { localDocuments: number; files: number };
}

export interface LocalDocument {
  id: string;
  data: Record<string, unknown>;
}

export type FilesManifest = Omit<FileStoreRows, 'complete'>;

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value));
/** Documents read per query: bounded memory for the RxDocument objects of 50,000 records. */
const PAGE = 2000;

async function allDocuments(db: TaizhangDatabase, name: CollectionName): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await db[name]
      .find({ selector: after === undefined ? {} : { id: { $gt: after } }, sort: [{ id: 'asc' }], limit: PAGE })
      .exec();
    for (const doc of page) out.push(doc.toMutableJSON());
    if (page.length < PAGE) return out;
    after = (page[page.length - 1] as { primary: string }).primary;
  }
}

/** Every local document of the database (RxDB lists them only through its storage instance). */
export async function allLocalDocuments(db: TaizhangDatabase): Promise<LocalDocument[]> {
  const state = await getLocalDocStateByParent(db as unknown as Parameters<typeof getLocalDocStateByParent>[0]);
  const schema = RX_LOCAL_DOCUMENT_SCHEMA as RxJsonSchema<RxDocumentData<LocalDocument>>;
  const query = prepareQuery(schema, normalizeMangoQuery(schema, { selector: {}, sort: [{ id: 'asc' }] }));
  const result = await state.storageInstance.query(query);
  return result.documents.map((doc) => ({ id: doc.id, data: doc.data }));
}

/** Reads the whole profile into backup entries. `files` null: the file store could not open (no attachments kept). */
export async function snapshotProfile(db: TaizhangDatabase, files: LocalFileStore | null): Promise<BackupEntries> {
  const entries: BackupEntries = {};
  const manifest: SnapshotManifest = { snapshotVersion: SNAPSHOT_VERSION, schemaVersions: {}, counts: { localDocuments: 0, files: 0 } };
  for (const name of backedUpCollections) {
    const docs = await allDocuments(db, name);
    entries[`collections/${name}.json`] = json(docs);
    manifest.schemaVersions[name] = db[name].schema.version;
    manifest.counts[name] = docs.length;
  }
  const local = await allLocalDocuments(db);
  entries['local.json'] = json(local);
  manifest.counts.localDocuments = local.length;
  if (files) {
    const rows = await files.backupRows();
    for (const sha256 of rows.complete) entries[`files/${sha256}`] = await files.read(sha256);
    entries['files.json'] = json({ uploads: rows.uploads, removed: rows.removed } satisfies FilesManifest);
    manifest.counts.files = rows.complete.length;
  } else {
    entries['files.json'] = json({ uploads: [], removed: [] } satisfies FilesManifest);
  }
  entries['manifest.json'] = json(manifest);
  return entries;
}
