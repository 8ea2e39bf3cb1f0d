// Downloads of attachment bytes on demand (decision 009): chunk by chunk with Range, each chunk kept
// as it arrives, so a cut resumes at the first missing chunk; the whole is checked against its
// SHA-256 before use. One download per file at a time: two clicks share it.
import { FileSyncError, type FileHttp } from './file-http';
import type { LocalFileStore } from './local-file-store';

export interface FileDownloadsDeps {
  store: LocalFileStore;
  http: () => Promise<FileHttp | null>;
  /** Tries per chunk before the download gives up (the official may try again). */
  attempts: number;
  /** A chunk arrived, a download began or ended. */
  changed: () => void;
}

export interface FileDownloads {
  download: (sha256: string, size: number) => Promise<void>;
  /** Bytes here of a file being downloaded, and whether it is. */
  progress: (sha256: string) => { received?: number; downloading: boolean };
}

const notEnrolled = () => new FileSyncError('NOT_ENROLLED', '本机尚未登记到县服务器，无法下载附件。请在“设置”中登记同步。', false);

export function createFileDownloads(deps: FileDownloadsDeps): FileDownloads {
  const { store, changed } = deps;
  const received = new Map<string, number>();
  const downloads = new Map<string, Promise<void>>();

  async function downloadNow(sha256: string, size: number): Promise<void> {
    const api = await deps.http();
    if (!api) throw notEnrolled();
    const { chunkSize, missing } = await store.beginDownload(sha256, size);
    const have = (Math.ceil(size / chunkSize) - missing.length) * chunkSize;
    received.set(sha256, Math.min(have, size));
    changed();
    for (const index of missing) {
      const start = index * chunkSize;
      const end = Math.min(start + chunkSize, size) - 1;
      let bytes: Uint8Array | undefined;
      for (let attempt = 1; !bytes; attempt++) {
        try {
          bytes = size === 0 ? new Uint8Array(0) : await api.getRange(sha256, start, end);
        } catch (error) {
          if (!(error instanceof FileSyncError) || !error.retryable || attempt >= deps.attempts) throw error;
        }
      }
      await store.putChunk(sha256, index, bytes);
      received.set(sha256, (received.get(sha256) ?? 0) + bytes.length);
      changed();
    }
    if (!(await store.finishDownload(sha256))) {
      throw new FileSyncError('FILE_HASH_MISMATCH', '下载的附件内容与其 SHA-256 不符，已丢弃，请重试。', true);
    }
  }

  return {
    download(sha256, size) {
      const current = downloads.get(sha256);
      if (current) return current;
      const started = downloadNow(sha256, size).finally(() => {
        downloads.delete(sha256);
        received.delete(sha256);
        changed();
      });
      downloads.set(sha256, started);
      changed();
      return started;
    },
    progress: (sha256) => ({ received: received.get(sha256), downloading: downloads.has(sha256) }),
  };
}
