// One simulated township or county PC for the sync tests: a store on fake-indexeddb and a sync
// client whose network the test can cut (its fetch throws, as when the cable is out).
// Each device is imported in a module registry of its own (see harness.ts): a real PC runs one
// app in one JS realm, and RxDB's collection budget (13 per realm) is counted per realm too.
import { createSyncClient, type SyncClientHandle } from '../../renderer/src/sync/sync-client';
import { storeSyncDeps } from '../../renderer/src/sync/store-sync-deps';
import type { SyncTimingForTests } from './timing';
import { openTestStore } from '../../renderer/src/store/test-support';
import type { OpenedStore } from '../../renderer/src/store/open-store';

export interface MemorySecrets {
  value: { token: string; idHashKey?: string } | null;
  get(): Promise<{ token: string; idHashKey?: string } | null>;
  set(value: { token: string; idHashKey?: string } | null): Promise<void>;
}

export const memorySecrets = (): MemorySecrets => {
  const secrets: MemorySecrets = {
    value: null,
    get: () => Promise.resolve(secrets.value),
    set: (value) => {
      secrets.value = value;
      return Promise.resolve();
    },
  };
  return secrets;
};

export interface Network {
  up: boolean;
  /** Requests made: method, path and query. */
  calls: string[];
  /** Requests for which this returns true wait until release() (a slow server, frozen mid-sync). */
  hold?: (call: string) => boolean;
  /** Calls currently held. */
  held: string[];
  release(): void;
  /** Rewrites each request's headers (e.g. an older protocol version). */
  rewriteHeaders?: (headers: Record<string, string>) => Record<string, string>;
  fetch: typeof fetch;
  /** Cuts the network: every request fails and open streams are aborted. */
  cut(): void;
  restore(): void;
}

export function controllableNetwork(): Network {
  const open = new Set<AbortController>();
  const waiting = new Set<() => void>();
  const net: Network = {
    up: true,
    calls: [],
    held: [],
    release() {
      net.hold = undefined;
      net.held = [];
      for (const go of [...waiting]) go();
      waiting.clear();
    },
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const call = `${init?.method ?? 'GET'} ${url.pathname}${url.search}`;
      net.calls.push(call);
      if (net.hold?.(call)) {
        net.held.push(call);
        await new Promise<void>((resolve) => waiting.add(resolve));
      }
      if (!net.up) throw new TypeError('fetch failed');
      if (net.rewriteHeaders) init = { ...init, headers: net.rewriteHeaders({ ...(init?.headers as Record<string, string>) }) };
      const abort = new AbortController();
      open.add(abort);
      init?.signal?.addEventListener('abort', () => abort.abort());
      try {
        return await fetch(input, { ...init, signal: abort.signal });
      } finally {
        // streams stay registered until the network is cut
        if (!url.pathname.endsWith('/stream')) open.delete(abort);
      }
    },
    cut() {
      net.up = false;
      for (const abort of open) abort.abort();
      open.clear();
    },
    restore() {
      net.up = true;
    },
  };
  return net;
}

export interface Device {
  store: OpenedStore;
  client: SyncClientHandle;
  net: Network;
  secrets: MemorySecrets;
  dbName: string;
  close(): Promise<void>;
}

export async function openDevice(options: {
  dbName: string;
  township: string | null;
  secrets?: MemorySecrets;
  net?: Network;
  timing: SyncTimingForTests;
  operator?: string;
  /** The store's clock (the test store's is fixed, so two saves of one content are equal). */
  clock?: () => Date;
}): Promise<Device> {
  const secrets = options.secrets ?? memorySecrets();
  // As the app opens its store (boot.ts): with the county's ID-hash key once enrolled, so a PC opened
  // again hashes ID numbers with the key its records were re-keyed to at enrollment.
  const idHashKey = (await secrets.get())?.idHashKey;
  const store = await openTestStore({
    name: options.dbName, township: options.township ?? null,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(idHashKey === undefined ? {} : { idHashKey }),
  });
  if (!options.township) await store.settings.save({ operatorName: options.operator ?? '县司法局', role: 'county' });
  const net = options.net ?? controllableNetwork();
  const client = createSyncClient({
    // What the app's client takes from the store (also the first-pull bench's).
    ...storeSyncDeps(store),
    secrets,
    fetch: net.fetch,
    online: { isOnline: () => true, subscribe: () => () => undefined },
    timing: options.timing,
  });
  return {
    store,
    client,
    net,
    secrets,
    dbName: options.dbName,
    async close() {
      await client.stop();
      await store.close();
    },
  };
}
