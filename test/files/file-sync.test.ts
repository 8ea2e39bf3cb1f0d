// The app's file sync against the real county server (PGlite, a real port): uploads resume after a
// cut and a restart, a damaged upload is sent again, downloads resume by Range, and a township
// never gets another township's file.
import { randomBytes } from 'node:crypto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type TaizhangServer } from '../../server/server';
import { enroll, push, type TestDevice } from '../../server/testing/client';
import { mediationCase } from '../../server/testing/documents';
import { listenOnLoopback } from '../../server/testing/stream-client';
import { createFileSync, type FileSync } from '../../renderer/src/files/file-sync';
import { LocalFileStore } from '../../renderer/src/files/local-file-store';
import { cuttingFetch, type CutPlan } from './cut-fetch';

const dataKey = randomBytes(32).toString('base64');
const CHUNK = 16 * 1024;
let server: TaizhangServer;
let url: string;
let a: TestDevice;
let a2: TestDevice;
let b: TestDevice;
let n = 0;

beforeAll(async () => {
  server = await createServer({ limits: { requestsPerMinute: 1_000_000, enrollPerMinute: 10_000 } });
  url = await listenOnLoopback(server);
  [a, a2, b] = [await enroll(server, 'township', 'za'), await enroll(server, 'township', 'za'), await enroll(server, 'township', 'zb')];
}, 60_000);
afterAll(async () => server.close());

const openStore = (name: string) => LocalFileStore.open({ dataKey, name, indexedDb: { indexedDB, IDBKeyRange }, chunkSize: CHUNK });

function deviceSync(store: LocalFileStore, device: TestDevice | null, fetchFn: typeof fetch, downloadAttempts = 1): FileSync {
  return createFileSync({
    store,
    fetch: fetchFn,
    connection: () => Promise.resolve(device ? { serverUrl: url, token: device.token } : null),
    retryDelays: [3_600_000],
    downloadAttempts,
  });
}

async function referenced(device: TestDevice, sha256: string, size: number) {
  const doc = mediationCase(`file-sync-${++n}`, device.townshipId ?? '', {
    attachments: [{ sha256, name: '协议书.pdf', mimeType: 'application/pdf', size, purpose: '调解协议书签字扫描件', addedAt: '2026-10-08T09:30:00.000Z' }],
  });
  expect((await push(server, device, 'mediationCase', [{ newDocumentState: doc }])).json()).toEqual([]);
}

describe('file sync', () => {
  it('[S31] an upload cut in the middle of a part resumes after a restart from the offset the server reports', async () => {
    const bytes = new Uint8Array(randomBytes(50_000));
    const name = `files-${++n}`;
    const cutSecondPart: CutPlan = (entry) => (entry.method === 'PATCH' && entry.offset === CHUNK ? 5_000 : undefined);
    const first = cuttingFetch(cutSecondPart);
    const store = await openStore(name);
    const sync = deviceSync(store, a, first.fetch);
    const { sha256 } = await sync.add(bytes);
    await sync.idle();
    expect(first.log.filter((e) => e.method === 'PATCH').map((e) => e.offset)).toEqual([0, CHUNK]);
    expect((await sync.states([sha256])).get(sha256)).toMatchObject({ kind: 'pending' });
    sync.stop();
    store.close();

    // The app starts again: the queue is still there, and the upload goes on from the server's offset.
    const second = cuttingFetch();
    const reopened = await openStore(name);
    const restarted = deviceSync(reopened, a, second.fetch);
    restarted.kick();
    await restarted.idle();
    expect(second.log.map((e) => e.method)).toEqual(['HEAD', 'PATCH', 'PATCH', 'PATCH']);
    expect(second.log.filter((e) => e.method === 'PATCH').map((e) => e.offset)).toEqual([CHUNK, 2 * CHUNK, 3 * CHUNK]);
    expect((await restarted.states([sha256])).get(sha256)).toEqual({ kind: 'uploaded' });

    await referenced(a, sha256, bytes.length);
    const onServer = await server.app.inject({ method: 'GET', url: `/v1/files/${sha256}`, headers: a2.headers });
    expect(new Uint8Array(onServer.rawPayload)).toEqual(bytes);
    restarted.stop();
    reopened.close();
  });

  it('[S32] bytes damaged on the way are refused by the server, and the app sends the file again', async () => {
    const bytes = new Uint8Array(randomBytes(40_000));
    let damaged = false;
    const damaging = cuttingFetch(undefined, (entry, body) => {
      if (entry.method !== 'PATCH' || damaged) return body;
      damaged = true;
      const copy = new Uint8Array(body);
      copy[10] = (copy[10] ?? 0) ^ 0xff;
      return copy;
    });
    const store = await openStore(`files-${++n}`);
    const sync = deviceSync(store, a, damaging.fetch);
    const { sha256 } = await sync.add(bytes);
    await sync.idle();
    const patches = damaging.log.filter((e) => e.method === 'PATCH');
    expect(patches.map((e) => [e.offset, e.status])).toEqual([[0, 200], [CHUNK, 200], [2 * CHUNK, 422], [0, 200], [CHUNK, 200], [2 * CHUNK, 200]]);
    expect((await sync.states([sha256])).get(sha256)).toEqual({ kind: 'uploaded' });
    sync.stop();
    store.close();
  });

  it('[S33] a download cut in the middle resumes with Range at the first chunk it lacks, and the bytes are checked', async () => {
    const bytes = new Uint8Array(randomBytes(45_000));
    const uploader = await openStore(`files-${++n}`);
    const upload = deviceSync(uploader, a, fetch);
    const { sha256 } = await upload.add(bytes);
    await upload.idle();
    await referenced(a, sha256, bytes.length);

    const cutSecondChunk: CutPlan = (entry) => (entry.method === 'GET' && entry.range === `bytes=${CHUNK}-${2 * CHUNK - 1}` ? 3_000 : undefined);
    const cutting = cuttingFetch(cutSecondChunk);
    const store = await openStore(`files-${++n}`);
    const sync = deviceSync(store, a2, cutting.fetch);
    expect((await sync.states([sha256])).get(sha256)).toMatchObject({ kind: 'missing' });
    await expect(sync.download(sha256, bytes.length)).rejects.toMatchObject({ code: 'NETWORK' });

    const resumed = cuttingFetch();
    const again = deviceSync(store, a2, resumed.fetch);
    const read = await again.read(sha256, bytes.length);
    expect(resumed.log.map((e) => e.range)).toEqual([`bytes=${CHUNK}-${2 * CHUNK - 1}`, `bytes=${2 * CHUNK}-${bytes.length - 1}`]);
    expect(read).toEqual(bytes);
    expect((await again.states([sha256])).get(sha256)).toEqual({ kind: 'uploaded' });
    for (const s of [upload, sync, again]) s.stop();
    uploader.close();
    store.close();
  });

  it('[S34] another township’s device is told the file is not there, and keeps nothing of it', async () => {
    const bytes = new Uint8Array(randomBytes(20_000));
    const uploader = await openStore(`files-${++n}`);
    const upload = deviceSync(uploader, a, fetch);
    const { sha256 } = await upload.add(bytes);
    await upload.idle();
    await referenced(a, sha256, bytes.length);

    const store = await openStore(`files-${++n}`);
    const other = deviceSync(store, b, fetch);
    await expect(other.download(sha256, bytes.length)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', chineseMessage: expect.stringContaining('无权查看') as unknown });
    expect(await store.has(sha256)).toBe(false);
    upload.stop();
    other.stop();
    uploader.close();
    store.close();
  });

  it('a device not enrolled keeps its files as 本机 and cannot download', async () => {
    const store = await openStore(`files-${++n}`);
    const sync = deviceSync(store, null, fetch);
    const { sha256 } = await sync.add(new Uint8Array([1, 2, 3]));
    await sync.idle();
    expect((await sync.states([sha256])).get(sha256)).toEqual({ kind: 'local' });
    expect(await sync.read(sha256, 3)).toEqual(new Uint8Array([1, 2, 3]));
    await expect(sync.download('a'.repeat(64), 10)).rejects.toMatchObject({ code: 'NOT_ENROLLED' });
    sync.stop();
    store.close();
  });
});
