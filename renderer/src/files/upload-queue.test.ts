// The upload queue on a real local store (fake-indexeddb) and an in-memory county file server.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileSyncError } from './file-http';
import { LocalFileStore } from './local-file-store';
import { memoryFileServer } from './memory-file-server';
import { createUploadQueue } from './upload-queue';

const dataKey = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)));
let n = 0;
let store: LocalFileStore | undefined;
afterEach(() => {
  vi.useRealTimers();
  store?.close();
});

async function setUp(retryDelays = [1_000]) {
  store = await LocalFileStore.open({ dataKey, name: `upload-queue-${++n}`, indexedDb: { indexedDB, IDBKeyRange }, chunkSize: 1000 });
  const server = memoryFileServer();
  const changed = vi.fn();
  const queue = createUploadQueue({ store, http: () => Promise.resolve(server), retryDelays, changed });
  return { store, server, queue, changed };
}

describe('the upload queue', () => {
  it('sends a queued file part by part and marks it uploaded', async () => {
    const { store: files, server, queue, changed } = await setUp();
    const bytes = new Uint8Array(2500).map((_, i) => i % 7);
    const { sha256 } = await files.put(bytes);
    await files.queueUpload(sha256);
    queue.kick();
    await queue.idle();
    expect(server.files.get(sha256)).toEqual(bytes);
    expect(server.calls.filter((call) => call.startsWith('PATCH')).map((call) => call.split(' ')[2])).toEqual(['0', '1000', '2000']);
    expect(await files.upload(sha256)).toEqual({ uploaded: true, failure: undefined });
    expect(changed).toHaveBeenCalled();
  });

  it('retries after a network failure with the backoff, and stop() ends the retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store: files, server, queue } = await setUp([1_000]);
    const { sha256 } = await files.put(new Uint8Array(10));
    await files.queueUpload(sha256);
    server.up = false;
    queue.kick();
    await queue.idle();
    expect(server.files.has(sha256)).toBe(false);
    server.up = true;
    await vi.advanceTimersByTimeAsync(1_000);
    await queue.idle();
    expect(server.files.has(sha256)).toBe(true);

    const other = await files.put(new Uint8Array(20));
    await files.queueUpload(other.sha256);
    server.up = false;
    queue.kick();
    await queue.idle();
    queue.stop();
    server.up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.files.has(other.sha256)).toBe(false);
  });

  it('keeps a refusal on the file until a kick that retries refused files', async () => {
    const { store: files, server, queue } = await setUp();
    const { sha256 } = await files.put(new Uint8Array(10));
    await files.queueUpload(sha256);
    const patch = server.patch.bind(server);
    server.patch = () => Promise.reject(new FileSyncError('FILE_TOO_LARGE', '附件太大', false));
    queue.kick();
    await queue.idle();
    expect((await files.upload(sha256))?.failure).toEqual({ code: 'FILE_TOO_LARGE', message: '附件太大' });
    server.patch = patch;
    queue.kick();
    await queue.idle();
    expect(server.files.has(sha256)).toBe(false);
    queue.kick(true);
    await queue.idle();
    expect(server.files.has(sha256)).toBe(true);
  });
});
