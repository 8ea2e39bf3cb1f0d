// The tables of the local file store (local-file-store.ts): one small IndexedDB database (Dexie)
// with files, their encrypted chunks, the upload queue and attachments removed from records.
import { Dexie, type EntityTable, type Table } from 'dexie';

export interface IndexedDbSource {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export interface FileRow {
  sha256: string;
  size: number;
  chunkSize: number;
  /** 1 when every chunk is here and the bytes hashed to sha256 (IndexedDB cannot index booleans). */
  complete: 0 | 1;
  storedAt: string;
}

export interface ChunkRow {
  sha256: string;
  index: number;
  iv: Uint8Array;
  data: ArrayBuffer;
}

/** A problem the last upload attempt met that retrying as is will not mend (shown to the official). */
export interface UploadFailure {
  code: string;
  message: string;
}

export interface UploadRow {
  sha256: string;
  queuedAt: string;
  /** 0 while waiting, 1 once the server holds the whole file. */
  uploaded: 0 | 1;
  failure?: UploadFailure;
}

/** An attachment removed from a record on this device: kept so the official can put it back (回收). */
export interface RemovedAttachment<Ref = unknown> {
  recordId: string;
  sha256: string;
  ref: Ref;
  removedAt: string;
  removedBy: string;
}

export type FilesDexie = Dexie & {
  removed: Table<RemovedAttachment, [string, string]>;
  files: EntityTable<FileRow, 'sha256'>;
  chunks: Table<ChunkRow, [string, number]>;
  uploads: EntityTable<UploadRow, 'sha256'>;
};

/** Opens (creating or upgrading) the files database. */
export async function openFilesDexie(name: string, indexedDb: IndexedDbSource | undefined): Promise<FilesDexie> {
  const db = new Dexie(name, {
    // Only when given: an explicit undefined would hide the browser's own from Dexie.
    ...(indexedDb?.indexedDB ? { indexedDB: indexedDb.indexedDB } : {}),
    ...(indexedDb?.IDBKeyRange ? { IDBKeyRange: indexedDb.IDBKeyRange } : {}),
    // The official just attached a signed agreement: the write is done when it is on disk.
    chromeTransactionDurability: 'strict',
  }) as FilesDexie;
  db.version(1).stores({ files: 'sha256', chunks: '[sha256+index]', uploads: 'sha256, uploaded', removed: '[recordId+sha256], recordId' });
  await db.open();
  return db;
}
