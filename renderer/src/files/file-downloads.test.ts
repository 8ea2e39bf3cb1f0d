// Downloads on a real local store (fake-indexeddb) from an in-memory county file server.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileDownloads } from './file-downloads';
import { LocalFileStore } from './local-file-store';
import { sha256Hex } from './file-crypto';
import { memoryFileServer } from './memory-file-server';

const dataKey = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)));
let n = 0;
let store: LocalFileStore | undefined;
afterEach(() => store?.close());

async function setUp(enrolled = true) {
  store = await LocalFileStore.open({ dataKey, name: `downloads-${++n}`, indexedDb: { indexedDB, IDBKeyRange }, chunkSize: 1000 });
  const server = memoryFileServer();
  const downloads = createFileDownloads({ store, http: () => Promise.resolve(enrolled ? server : null), attempts: 1, changed: vi.fn() });
  return { store, server, downloads };
}

describe('file downloads', () => {
  it('fetches by chunk, resumes after a cut at the first missing chunk, and shares one download between two clicks', async () => {
    const { store: files, server, downloads } = await setUp();
    const bytes = new Uint8Array(2500).map((_, i) => i % 11);
    const sha256 = await sha256Hex(bytes);
    server.files.set(sha256, bytes);
    const getRange = server.getRange.bind(server);
    server.getRange = (hash, start, end) => (start >= 1000 ? (server.up = false, getRange(hash, start, end)) : getRange(hash, start, end));
    await expect(downloads.download(sha256, bytes.length)).rejects.toThrow('NETWORK');
    server.up = true;
    server.getRange = getRange;
    server.calls.length = 0;
    const first = downloads.download(sha256, bytes.length);
    expect(downloads.download(sha256, bytes.length)).toBe(first);
    expect(downloads.progress(sha256).downloading).toBe(true);
    await first;
    expect(server.calls).toEqual([`GET ${sha256} 1000-1999`, `GET ${sha256} 2000-2499`]);
    expect(await files.read(sha256)).toEqual(bytes);
    expect(downloads.progress(sha256)).toEqual({ received: undefined, downloading: false });
  });

  it('drops bytes that do not hash to their name, and says when the device is not enrolled', async () => {
    const { server, downloads } = await setUp();
    const sha256 = 'a'.repeat(64);
    server.files.set(sha256, new Uint8Array(10));
    await expect(downloads.download(sha256, 10)).rejects.toThrow('FILE_HASH_MISMATCH');
    const { downloads: offline } = await setUp(false);
    await expect(offline.download(sha256, 10)).rejects.toThrow('NOT_ENROLLED');
  });
});
