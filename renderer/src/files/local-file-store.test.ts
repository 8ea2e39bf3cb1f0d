import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LocalFileStore } from './local-file-store';

const dataKey = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)));
let n = 0;
const open = (name = `local-files-${++n}`, key = dataKey) =>
  LocalFileStore.open({ dataKey: key, name, indexedDb: { indexedDB, IDBKeyRange }, chunkSize: 1000 });

const text = (s: string) => new TextEncoder().encode(s);

describe('the local file store', () => {
  it('keeps attachment bytes encrypted at rest: no chunk holds the plain text', async () => {
    const name = `local-files-${++n}`;
    const store = await open(name);
    const secret = text('身份证号 230422199001011234 '.repeat(100));
    const { sha256, size } = await store.put(secret);
    expect(size).toBe(secret.length);
    store.close();

    const raw = await new Promise<unknown[]>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const all = request.result.transaction('chunks').objectStore('chunks').getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
        all.onerror = () => reject(new Error('read failed'));
      };
    });
    expect(raw.length).toBe(Math.ceil(secret.length / 1000));
    const stored = raw.map((row) => new TextDecoder('utf-8', { fatal: false }).decode((row as { data: ArrayBuffer }).data)).join('');
    expect(stored).not.toContain('230422199001011234');

    const again = await open(name);
    expect(await again.read(sha256)).toEqual(secret);
    again.close();
  });

  it('reads any range across chunk boundaries, and keeps the same bytes once', async () => {
    const store = await open();
    const bytes = new Uint8Array(3500).map((_, i) => i % 251);
    const first = await store.put(bytes);
    const second = await store.put(bytes.slice());
    expect(second).toEqual(first);
    expect(await store.readRange(first.sha256, 990, 2010)).toEqual(bytes.subarray(990, 2010));
    expect((await store.info(first.sha256))?.storedChunks).toBe(4);
    store.close();
  });

  it('cannot be read with another device’s key', async () => {
    const name = `local-files-${++n}`;
    const store = await open(name);
    const { sha256 } = await store.put(text('调解协议书'));
    store.close();
    const stranger = await open(name, btoa(String.fromCharCode(...Array.from({ length: 32 }, () => 7))));
    await expect(stranger.read(sha256)).rejects.toThrow();
    stranger.close();
  });

  it('drops a download whose bytes do not hash to its name', async () => {
    const store = await open();
    const sha256 = 'f'.repeat(64);
    const { missing } = await store.beginDownload(sha256, 1500);
    expect(missing).toEqual([0, 1]);
    await store.putChunk(sha256, 0, new Uint8Array(1000));
    expect((await store.beginDownload(sha256, 1500)).missing).toEqual([1]);
    await store.putChunk(sha256, 1, new Uint8Array(500));
    expect(await store.finishDownload(sha256)).toBe(false);
    expect(await store.has(sha256)).toBe(false);
    expect(await store.info(sha256)).toBeUndefined();
    store.close();
  });
});
