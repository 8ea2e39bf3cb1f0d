// Moves attachment bytes between this device and the county server (decision 009): uploads from a
// queue that survives restarts (upload-queue.ts), downloads on demand that resume (file-downloads.ts),
// and each file's state for the UI. Credentials are injected (`connection`), so Node tests run it
// against a real server.
import { createFileDownloads } from './file-downloads';
import { createFileHttp, type FileConnection, type FileHttp } from './file-http';
import type { LocalFileStore, RemovedAttachment, UploadFailure } from './local-file-store';
import { createUploadQueue } from './upload-queue';

export type FileState =
  /** Here, and this device is not enrolled with a county server: 本机. */
  | { kind: 'local' }
  /** Here, waiting to go to the server (failure: why the last try stopped): 待上传. */
  | { kind: 'pending'; sent?: number; failure?: UploadFailure }
  /** Here and on the server: 已上传. */
  | { kind: 'uploaded' }
  /** Not here; the server has (or will have) it: 需下载. */
  | { kind: 'missing'; received?: number; downloading: boolean };

export interface FileSyncOptions {
  store: LocalFileStore;
  /** null while the device is not enrolled (no server, no token). */
  connection: () => Promise<FileConnection | null>;
  fetch?: typeof fetch;
  /** Waits between upload retries after network failures, in ms; the last one repeats. */
  retryDelays?: readonly number[];
  /** Tries per chunk of a download before it gives up (the official may try again). */
  downloadAttempts?: number;
}

export interface FileSync {
  /** Keeps the bytes on this device (encrypted) and queues their upload. */
  add(bytes: Uint8Array): Promise<{ sha256: string; size: number }>;
  states(sha256s: readonly string[]): Promise<Map<string, FileState>>;
  /** The bytes, from this device; fetched from the server first if they are not here. */
  read(sha256: string, size: number): Promise<Uint8Array>;
  download(sha256: string, size: number): Promise<void>;
  /** Runs the upload queue now (on start, when the network returns, after enrolling). */
  kick(): void;
  /** Resolves when the queue has nothing left it can do now (tests, shutdown). */
  idle(): Promise<void>;
  /** Attachments removed from records on this device, so they can be put back (the bytes stay here). */
  removed: {
    remember(entry: RemovedAttachment): Promise<void>;
    list(recordId: string): Promise<RemovedAttachment[]>;
    forget(recordId: string, sha256: string): Promise<void>;
  };
  /** Called on every state change (a part sent, a chunk received, a file done). */
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export function createFileSync(options: FileSyncOptions): FileSync {
  const { store } = options;
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  const http = async (): Promise<FileHttp | null> => {
    const connection = await options.connection();
    return connection ? createFileHttp(fetchFn, connection) : null;
  };
  const uploads = createUploadQueue({ store, http, retryDelays: options.retryDelays ?? [2_000, 10_000, 60_000, 300_000], changed: emit });
  const downloads = createFileDownloads({ store, http, attempts: options.downloadAttempts ?? 3, changed: emit });

  return {
    async add(bytes) {
      const stored = await store.put(bytes);
      await store.queueUpload(stored.sha256);
      emit();
      uploads.kick();
      return stored;
    },
    async states(sha256s) {
      const enrolled = (await options.connection()) !== null;
      const result = new Map<string, FileState>();
      for (const sha256 of sha256s) {
        const here = await store.has(sha256);
        const upload = await store.upload(sha256);
        if (!here) result.set(sha256, { kind: 'missing', ...downloads.progress(sha256) });
        else if (upload?.uploaded) result.set(sha256, { kind: 'uploaded' });
        else if (!enrolled) result.set(sha256, { kind: 'local' });
        else result.set(sha256, { kind: 'pending', sent: uploads.sent(sha256), failure: upload?.failure });
      }
      return result;
    },
    async read(sha256, size) {
      if (!(await store.has(sha256))) await downloads.download(sha256, size);
      return store.read(sha256);
    },
    download: (sha256, size) => downloads.download(sha256, size),
    kick: () => uploads.kick(true),
    removed: {
      remember: async (entry) => {
        await store.rememberRemoved(entry);
        emit();
      },
      list: (recordId) => store.removedFrom(recordId),
      forget: async (recordId, sha256) => {
        await store.forgetRemoved(recordId, sha256);
        emit();
      },
    },
    idle: () => uploads.idle(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => uploads.stop(),
  };
}
