// Moves attachment bytes between this device and the county server (decision 009):
// - uploads from a queue kept in IndexedDB, so a restart resumes them: HEAD tells how far the
//   server got, PATCH sends the rest part by part; network failures retry with backoff;
// - downloads on demand, chunk by chunk with Range, each chunk kept as it arrives, so a cut
//   resumes at the first missing chunk; the whole is checked against its SHA-256 before use.
// Credentials are injected (`connection`), so Node tests run it against a real server.
import { createFileHttp, FileSyncError, type FileConnection, type FileHttp } from './file-http';
import type { LocalFileStore, RemovedAttachment, UploadFailure } from './local-file-store';

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

const notEnrolled = () => new FileSyncError('NOT_ENROLLED', '本机尚未登记到县服务器，无法下载附件。请在“设置”中登记同步。', false);

export function createFileSync(options: FileSyncOptions): FileSync {
  const { store } = options;
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const delays = options.retryDelays ?? [2_000, 10_000, 60_000, 300_000];
  const listeners = new Set<() => void>();
  const sent = new Map<string, number>();
  const received = new Map<string, number>();
  const downloads = new Map<string, Promise<void>>();
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const emit = () => listeners.forEach((listener) => listener());
  const http = async (): Promise<FileHttp | null> => {
    const connection = await options.connection();
    return connection ? createFileHttp(fetchFn, connection) : null;
  };

  async function uploadOne(api: FileHttp, sha256: string): Promise<void> {
    const info = await store.info(sha256);
    if (!info?.complete) return;
    let offset = (await api.head(sha256)).offset;
    let restarted = false;
    while (offset < info.size || info.size === 0) {
      sent.set(sha256, offset);
      emit();
      const bytes = await store.readRange(sha256, offset, Math.min(offset + info.chunkSize, info.size));
      try {
        const progress = await api.patch(sha256, offset, info.size, bytes);
        if (progress.complete) break;
        offset = progress.offset;
      } catch (error) {
        if (!(error instanceof FileSyncError)) throw error;
        // Another device of the township, or a lost answer, moved the server on: go on from there.
        if (error.code === 'UPLOAD_OFFSET_MISMATCH') offset = typeof error.details?.offset === 'number' ? error.details.offset : (await api.head(sha256)).offset;
        // The server discarded what it got (damaged on the way): send it all once more.
        else if (error.code === 'FILE_HASH_MISMATCH' && !restarted) [offset, restarted] = [0, true];
        else throw error;
      }
    }
    sent.delete(sha256);
    await store.markUploaded(sha256);
    emit();
  }

  async function drain(): Promise<void> {
    const api = await http();
    if (!api) return;
    for (const { sha256, failure } of await store.pendingUploads()) {
      // Refused for a reason retrying will not mend: left for the next kick (e.g. after re-enrolling).
      if (failure || stopped) continue;
      try {
        await uploadOne(api, sha256);
        failures = 0;
      } catch (error) {
        sent.delete(sha256);
        if (error instanceof FileSyncError && !error.retryable) {
          await store.setUploadFailure(sha256, { code: error.code, message: error.chineseMessage });
          emit();
          continue;
        }
        failures += 1;
        emit();
        if (!stopped) timer = setTimeout(() => kick(), delays[Math.min(failures - 1, delays.length - 1)]);
        return;
      }
    }
  }

  function kick(retryRefused = false): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      if (retryRefused) for (const { sha256 } of await store.pendingUploads()) await store.setUploadFailure(sha256, undefined);
      do {
        again = false;
        await drain();
      } while (again && !stopped);
    })()
      .catch((error: unknown) => console.error('FILE_UPLOAD_FAILED: 附件上传出错', error))
      .finally(() => {
        running = undefined;
      });
  }

  async function downloadNow(sha256: string, size: number): Promise<void> {
    const api = await http();
    if (!api) throw notEnrolled();
    const { chunkSize, missing } = await store.beginDownload(sha256, size);
    const have = (Math.ceil(size / chunkSize) - missing.length) * chunkSize;
    received.set(sha256, Math.min(have, size));
    emit();
    for (const index of missing) {
      const start = index * chunkSize;
      const end = Math.min(start + chunkSize, size) - 1;
      let bytes: Uint8Array | undefined;
      for (let attempt = 1; !bytes; attempt++) {
        try {
          bytes = size === 0 ? new Uint8Array(0) : await api.getRange(sha256, start, end);
        } catch (error) {
          if (!(error instanceof FileSyncError) || !error.retryable || attempt >= (options.downloadAttempts ?? 3)) throw error;
        }
      }
      await store.putChunk(sha256, index, bytes);
      received.set(sha256, (received.get(sha256) ?? 0) + bytes.length);
      emit();
    }
    if (!(await store.finishDownload(sha256))) {
      throw new FileSyncError('FILE_HASH_MISMATCH', '下载的附件内容与其 SHA-256 不符，已丢弃，请重试。', true);
    }
  }

  return {
    async add(bytes) {
      const stored = await store.put(bytes);
      await store.queueUpload(stored.sha256);
      emit();
      kick();
      return stored;
    },
    async states(sha256s) {
      const enrolled = (await options.connection()) !== null;
      const result = new Map<string, FileState>();
      for (const sha256 of sha256s) {
        const here = await store.has(sha256);
        const upload = await store.upload(sha256);
        if (!here) result.set(sha256, { kind: 'missing', received: received.get(sha256), downloading: downloads.has(sha256) });
        else if (upload?.uploaded) result.set(sha256, { kind: 'uploaded' });
        else if (!enrolled) result.set(sha256, { kind: 'local' });
        else result.set(sha256, { kind: 'pending', sent: sent.get(sha256), failure: upload?.failure });
      }
      return result;
    },
    async read(sha256, size) {
      if (!(await store.has(sha256))) await this.download(sha256, size);
      return store.read(sha256);
    },
    download(sha256, size) {
      // One download per file at a time: two clicks share it.
      const current = downloads.get(sha256);
      if (current) return current;
      const started = downloadNow(sha256, size).finally(() => {
        downloads.delete(sha256);
        received.delete(sha256);
        emit();
      });
      downloads.set(sha256, started);
      emit();
      return started;
    },
    kick: () => kick(true),
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
    async idle() {
      while (running) await running;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
