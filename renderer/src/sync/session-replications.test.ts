// The replications of a session on a real store (fake-indexeddb) against an empty county server
// (a fake SyncHttp answering as the server does when it holds nothing).
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectionName } from '#shared/domain/schemas/index';
import { syncedCollections } from '#shared/sync/index';
import type { OpenedStore } from '../store/open-store';
import { openTestStore } from '../store/test-support';
import { countReplications } from './replication-reads';
import type { SyncHttp } from './server-api';
import { startReplications, type SessionReplications } from './session-replications';

const noop = () => undefined;
let store: OpenedStore | undefined;
let replications: SessionReplications | undefined;
afterEach(async () => {
  await replications?.cancel();
  await store?.close();
  [store, replications] = [undefined, undefined];
});

function emptyServer(): SyncHttp & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    json<T>(path: string, init?: { method?: string }): Promise<T> {
      calls.push(`${init?.method ?? 'GET'} ${path.split('?')[0] ?? ''}`);
      return Promise.resolve((init?.method === 'POST' ? [] : { documents: [], checkpoint: null }) as T);
    },
    stream: () => Promise.reject(new Error('no stream here')),
    headers: () => ({}),
  };
}

async function start(http: SyncHttp) {
  const opened = await openTestStore();
  store = opened;
  const started = new Set<CollectionName>();
  replications = startReplications({
    db: store.database, http, role: 'township', identifier: 'taizhang|http://county.test|d1', savesSettled: () => opened.saveJournal.settled(),
    refusedBackoff: { initialMs: 60_000, maxMs: 60_000, factor: 1, jitter: 0 }, retryMs: 60_000, now: () => '2026-10-08T09:00:00.000Z',
    on: {
      prepare: noop, active: noop, received: noop, conflict: noop, problem: noop, refused: noop, initialRoundDone: noop, setAsideChanged: noop,
      started: (name) => started.add(name),
    },
  });
  await replications.awaitInitialReplication();
  return { replications, started };
}

describe('session replications', () => {
  it('replicates every synced collection, and RESYNC to one pulls that one only', async () => {
    const http = emptyServer();
    const { replications: reps, started } = await start(http);
    expect([...started].sort()).toEqual([...syncedCollections].sort());
    http.calls.length = 0;
    reps.resync('officer');
    await expect.poll(() => http.calls).toContain('GET /v1/collections/officer/pull');
    expect(http.calls.every((call) => call.includes('/officer/'))).toBe(true);
  });

  it('[issue 9] cancel() waits for a read under way before it closes the replications\' storage', async () => {
    const { replications: reps } = await start(emptyServer());
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A waiting count that began just before the session stopped (its reads come after the hold).
    const counting = reps.read(async (all) => {
      await held;
      return countReplications(all);
    });
    const cancelled = reps.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    // Before the fix the count read the closed meta storage: "RxStorageInstanceDexie is closed".
    await expect(counting).resolves.toMatchObject({ waiting: expect.any(Number) as number, documents: expect.any(Number) as number });
    await cancelled;
    await expect(reps.read(countReplications)).resolves.toBeUndefined();
  });
});
