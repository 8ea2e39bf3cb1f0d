// The upload queue of attachment bytes (decision 009), kept in IndexedDB so a restart resumes it:
// HEAD tells how far the server got, PATCH sends the rest part by part; network failures retry with
// backoff, a refusal retrying will not mend is kept on the file until the next kick.
import { FileSyncError, type FileHttp } from './file-http';
import type { LocalFileStore } from './local-file-store';

export interface UploadQueueDeps {
  store: LocalFileStore;
  /** null while the device is not enrolled. */
  http: () => Promise<FileHttp | null>;
  /** Waits between retries after network failures, in ms; the last one repeats. */
  retryDelays: readonly number[];
  /** A part was sent, a file finished or failed. */
  changed: () => void;
}

export interface UploadQueue {
  /** Runs the queue now; with retryRefused, files refused before are tried again too. */
  kick: (retryRefused?: boolean) => void;
  /** Bytes of a file the server holds, while its upload runs. */
  sent: (sha256: string) => number | undefined;
  idle: () => Promise<void>;
  stop: () => void;
}

async function uploadOne(api: FileHttp, store: LocalFileStore, sha256: string, progress: (offset: number) => void): Promise<void> {
  const info = await store.info(sha256);
  if (!info?.complete) return;
  let offset = (await api.head(sha256)).offset;
  let restarted = false;
  while (offset < info.size || info.size === 0) {
    progress(offset);
    const bytes = await store.readRange(sha256, offset, Math.min(offset + info.chunkSize, info.size));
    try {
      const answer = await api.patch(sha256, offset, info.size, bytes);
      if (answer.complete) break;
      offset = answer.offset;
    } catch (error) {
      if (!(error instanceof FileSyncError)) throw error;
      // Another device of the township, or a lost answer, moved the server on: go on from there.
      if (error.code === 'UPLOAD_OFFSET_MISMATCH') offset = typeof error.details?.offset === 'number' ? error.details.offset : (await api.head(sha256)).offset;
      // The server discarded what it got (damaged on the way): send it all once more.
      else if (error.code === 'FILE_HASH_MISMATCH' && !restarted) [offset, restarted] = [0, true];
      else throw error;
    }
  }
}

export function createUploadQueue(deps: UploadQueueDeps): UploadQueue {
  const { store, changed } = deps;
  const sent = new Map<string, number>();
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function drain(): Promise<void> {
    const api = await deps.http();
    if (!api) return;
    for (const { sha256, failure } of await store.pendingUploads()) {
      // Refused for a reason retrying will not mend: left for the next kick (e.g. after re-enrolling).
      if (failure || stopped) continue;
      try {
        await uploadOne(api, store, sha256, (offset) => {
          sent.set(sha256, offset);
          changed();
        });
        sent.delete(sha256);
        await store.markUploaded(sha256);
        changed();
        failures = 0;
      } catch (error) {
        sent.delete(sha256);
        if (error instanceof FileSyncError && !error.retryable) {
          await store.setUploadFailure(sha256, { code: error.code, message: error.chineseMessage });
          changed();
          continue;
        }
        failures += 1;
        changed();
        if (!stopped) timer = setTimeout(() => kick(), deps.retryDelays[Math.min(failures - 1, deps.retryDelays.length - 1)]);
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

  return {
    kick,
    sent: (sha256) => sent.get(sha256),
    async idle() {
      while (running) await running;
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
