// For tests: a county file server in memory behind the FileHttp interface (resumable uploads by
// offset, ranged downloads), with a switch for a network that is down.
import { FileSyncError, networkError, type FileHttp } from './file-http';

export interface MemoryFileServer extends FileHttp {
  files: Map<string, Uint8Array>;
  up: boolean;
  calls: string[];
}

export function memoryFileServer(): MemoryFileServer {
  const parts = new Map<string, Uint8Array>();
  const server: MemoryFileServer = {
    files: new Map(),
    up: true,
    calls: [],
    head(sha256) {
      server.calls.push(`HEAD ${sha256}`);
      if (!server.up) return Promise.reject(networkError());
      const done = server.files.get(sha256);
      return Promise.resolve({ offset: done?.length ?? parts.get(sha256)?.length ?? 0 });
    },
    patch(sha256, offset, fileSize, bytes) {
      server.calls.push(`PATCH ${sha256} ${offset}`);
      if (!server.up) return Promise.reject(networkError());
      const have = parts.get(sha256) ?? new Uint8Array(0);
      if (offset !== have.length) return Promise.reject(new FileSyncError('UPLOAD_OFFSET_MISMATCH', '偏移不符', false, { offset: have.length }));
      const next = new Uint8Array(have.length + bytes.length);
      next.set(have);
      next.set(bytes, have.length);
      parts.set(sha256, next);
      const complete = next.length >= fileSize;
      if (complete) server.files.set(sha256, next);
      return Promise.resolve({ offset: next.length, length: fileSize, complete });
    },
    getRange(sha256, start, end) {
      server.calls.push(`GET ${sha256} ${start}-${end}`);
      if (!server.up) return Promise.reject(networkError());
      const file = server.files.get(sha256);
      if (!file) return Promise.reject(new FileSyncError('FILE_NOT_FOUND', '没有这个附件', false));
      return Promise.resolve(file.slice(start, end + 1));
    },
  };
  return server;
}
