// The device's own copy of attachment bytes, outside RxDB (decision 009): one small IndexedDB
// database (Dexie) with files, their encrypted chunks, and the upload queue. Keyed by SHA-256, so a
// scan attached to two records is kept once. Nothing here is ever synced as a document.
import { Dexie } from 'dexie';
import { fileLimits } from '#shared/files/index';
import { createChunkCipher, sha256Hex, type ChunkCipher } from './file-crypto';
import { openFilesDexie, type ChunkRow, type FileRow, type FilesDexie, type IndexedDbSource, type RemovedAttachment, type UploadFailure, type UploadRow } from './local-file-rows';

export type { IndexedDbSource, RemovedAttachment, UploadFailure } from './local-file-rows';

export interface LocalFileInfo {
  size: number;
  chunkSize: number;
  complete: boolean;
  /** Chunks already here (a download in progress keeps them). */
  storedChunks: number;
}

export interface LocalFileStoreOptions {
  /** The bridge's data key (base64). */
  dataKey: string;
  /** IndexedDB database name; tests use a fresh one each. */
  name?: string;
  indexedDb?: IndexedDbSource;
  /** Bytes per stored chunk (= per upload part and per ranged download request). */
  chunkSize?: number;
  /** Stamps storedAt / queuedAt; the machine's time unless given. */
  clock?: () => Date;
}

export const FILES_DATABASE_NAME = 'taizhang-files';

export class LocalFileStore {
  private constructor(
    private readonly db: FilesDexie,
    private readonly cipher: ChunkCipher,
    readonly chunkSize: number,
    private readonly clock: () => Date,
  ) {}

  static async open(options: LocalFileStoreOptions): Promise<LocalFileStore> {
    const db = await openFilesDexie(options.name ?? FILES_DATABASE_NAME, options.indexedDb);
    return new LocalFileStore(db, await createChunkCipher(options.dataKey), options.chunkSize ?? fileLimits.maxPartBytes, options.clock ?? (() => new Date()));
  }

  /** Keeps the bytes (encrypted) and returns their name. The same bytes twice are stored once. */
  async put(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = await sha256Hex(bytes);
    const existing = await this.db.files.get(sha256);
    if (existing?.complete === 1) return { sha256, size: existing.size };
    const chunks: ChunkRow[] = [];
    for (let index = 0, start = 0; start < bytes.length || index === 0; index++, start += this.chunkSize) {
      const sealed = await this.cipher.seal(sha256, index, bytes.subarray(start, start + this.chunkSize));
      chunks.push({ sha256, index, ...sealed });
    }
    // Encrypted first: an IndexedDB transaction ends at the first await on something else.
    await this.db.transaction('rw', this.db.files, this.db.chunks, async () => {
      await this.db.chunks.where('[sha256+index]').between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]).delete();
      await this.db.chunks.bulkPut(chunks);
      await this.db.files.put({ sha256, size: bytes.length, chunkSize: this.chunkSize, complete: 1, storedAt: this.clock().toISOString() });
    });
    return { sha256, size: bytes.length };
  }

  async info(sha256: string): Promise<LocalFileInfo | undefined> {
    const row = await this.db.files.get(sha256);
    if (!row) return undefined;
    const storedChunks = await this.db.chunks.where('[sha256+index]').between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]).count();
    return { size: row.size, chunkSize: row.chunkSize, complete: row.complete === 1, storedChunks };
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.db.files.get(sha256))?.complete === 1;
  }

  private async chunk(sha256: string, index: number): Promise<Uint8Array> {
    const row = await this.db.chunks.get([sha256, index]);
    if (!row) throw new Error('FILE_NOT_LOCAL: 本机没有这个附件的内容，请先下载');
    return this.cipher.open(sha256, index, row.iv, row.data);
  }

  /** Bytes start..end (end exclusive) of a file kept here. */
  async readRange(sha256: string, start: number, end: number): Promise<Uint8Array> {
    const row = await this.db.files.get(sha256);
    if (!row) throw new Error('FILE_NOT_LOCAL: 本机没有这个附件的内容，请先下载');
    const out = new Uint8Array(Math.max(0, end - start));
    for (let index = Math.floor(start / row.chunkSize); index * row.chunkSize < end; index++) {
      const plain = await this.chunk(sha256, index);
      const chunkStart = index * row.chunkSize;
      const from = Math.max(start, chunkStart);
      const to = Math.min(end, chunkStart + plain.length);
      out.set(plain.subarray(from - chunkStart, to - chunkStart), from - start);
    }
    return out;
  }

  async read(sha256: string): Promise<Uint8Array> {
    const row = await this.db.files.get(sha256);
    if (row?.complete !== 1) throw new Error('FILE_NOT_LOCAL: 本机没有这个附件的内容，请先下载');
    return this.readRange(sha256, 0, row.size);
  }

  /** Starts (or resumes) a download: the chunk size to fetch by and the chunks still missing. */
  async beginDownload(sha256: string, size: number): Promise<{ chunkSize: number; missing: number[] }> {
    let row = await this.db.files.get(sha256);
    if (!row || row.size !== size) {
      row = { sha256, size, chunkSize: this.chunkSize, complete: 0, storedAt: this.clock().toISOString() };
      await this.db.transaction('rw', this.db.files, this.db.chunks, async () => {
        await this.db.chunks.where('[sha256+index]').between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]).delete();
        await this.db.files.put(row as FileRow);
      });
    }
    const count = Math.max(1, Math.ceil(size / row.chunkSize));
    const stored = new Set(
      (await this.db.chunks.where('[sha256+index]').between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]).primaryKeys())
        .map((key) => key[1]),
    );
    return { chunkSize: row.chunkSize, missing: Array.from({ length: count }, (_, i) => i).filter((i) => !stored.has(i)) };
  }

  async putChunk(sha256: string, index: number, plain: Uint8Array): Promise<void> {
    const sealed = await this.cipher.seal(sha256, index, plain);
    await this.db.chunks.put({ sha256, index, ...sealed });
  }

  /** Checks the downloaded bytes against their name; on a mismatch drops them and answers false. */
  async finishDownload(sha256: string): Promise<boolean> {
    const row = await this.db.files.get(sha256);
    if (!row) return false;
    const bytes = await this.readRange(sha256, 0, row.size);
    if ((await sha256Hex(bytes)) !== sha256) {
      await this.db.transaction('rw', this.db.files, this.db.chunks, async () => {
        await this.db.chunks.where('[sha256+index]').between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]).delete();
        await this.db.files.delete(sha256);
      });
      return false;
    }
    await this.db.files.update(sha256, { complete: 1 });
    // Came from the server, so the server has it: nothing to upload.
    await this.db.uploads.put({ sha256, queuedAt: this.clock().toISOString(), uploaded: 1 });
    return true;
  }

  async queueUpload(sha256: string): Promise<void> {
    const row = await this.db.uploads.get(sha256);
    if (row?.uploaded === 1) return;
    await this.db.uploads.put({ sha256, queuedAt: row?.queuedAt ?? this.clock().toISOString(), uploaded: 0 });
  }

  /** Waiting uploads, oldest first. */
  async pendingUploads(): Promise<{ sha256: string; failure?: UploadFailure }[]> {
    const rows = await this.db.uploads.where('uploaded').equals(0).toArray();
    return rows.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)).map((r) => ({ sha256: r.sha256, failure: r.failure }));
  }

  async upload(sha256: string): Promise<{ uploaded: boolean; failure?: UploadFailure } | undefined> {
    const row = await this.db.uploads.get(sha256);
    return row && { uploaded: row.uploaded === 1, failure: row.failure };
  }

  async markUploaded(sha256: string): Promise<void> {
    await this.db.uploads.update(sha256, { uploaded: 1, failure: undefined });
  }

  async setUploadFailure(sha256: string, failure: UploadFailure | undefined): Promise<void> {
    await this.db.uploads.update(sha256, { failure });
  }

  async rememberRemoved(entry: RemovedAttachment): Promise<void> {
    await this.db.removed.put(entry);
  }

  async removedFrom(recordId: string): Promise<RemovedAttachment[]> {
    const rows = await this.db.removed.where('recordId').equals(recordId).toArray();
    return rows.sort((a, b) => b.removedAt.localeCompare(a.removedAt));
  }

  async forgetRemoved(recordId: string, sha256: string): Promise<void> {
    await this.db.removed.delete([recordId, sha256]);
  }

  /** What a backup keeps beside the bytes (decision 032): the files held whole, the upload queue, removed attachments. */
  async backupRows(): Promise<FileStoreRows> {
    const complete = (await this.db.files.toArray()).filter((row) => row.complete === 1).map((row) => row.sha256);
    return { complete, uploads: await this.db.uploads.toArray(), removed: await this.db.removed.toArray() };
  }

  /** Puts a backup's queue and removed attachments back (the bytes go through `put`). */
  async restoreRows(rows: Omit<FileStoreRows, 'complete'>): Promise<void> {
    await this.db.transaction('rw', this.db.uploads, this.db.removed, async () => {
      await this.db.uploads.bulkPut(rows.uploads);
      await this.db.removed.bulkPut(rows.removed);
    });
  }

  close(): void {
    this.db.close();
  }
}

export interface FileStoreRows {
  /** sha256 of every file held whole. */
  complete: string[];
  uploads: UploadRow[];
  removed: RemovedAttachment[];
}
