// sync-pull.html: in real Chromium and IndexedDB, a county device's initial pull of every case
// (a) through the app's own sync (openStore + createSyncClient, as the app runs them) and
// (b) as the baseline: the same JSON pages fetched raw and written with one Dexie bulkPut each.
// The driver (sync-bench-pull.ts) serves this page and the county server on one origin.
import Dexie from 'dexie';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths } from '#shared/sync/index';
import { replaySnapshots, snapshotDatabases } from '../../renderer/src/bench/idb-replay';
import { pageLog, runPageJob } from '../../renderer/src/dev/page-channel';
import { domainRules } from '../../renderer/src/store/domain-rules';
import { openStore } from '../../renderer/src/store/open-store';
import { storeSyncDeps } from '../../renderer/src/sync/store-sync-deps';
import { createSyncClient } from '../../renderer/src/sync/sync-client';

const DATA_KEY = btoa(String.fromCharCode(...new Uint8Array(32).map((_, i) => (i * 41 + 7) % 256)));
const RAW_PAGE = 1000;

async function rawPull(token, expected) {
  const db = new Dexie(`sync-bench-raw-${Date.now()}`);
  db.version(1).stores({ mediationCase: 'id' });
  await db.open();
  const headers = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), authorization: `Bearer ${token}` };
  const started = performance.now();
  let checkpoint = 0;
  let received = 0;
  for (;;) {
    const response = await fetch(`${syncPaths.pull('mediationCase')}?checkpoint=${checkpoint}&batchSize=${RAW_PAGE}`, { headers });
    if (!response.ok) throw new Error(`BENCH_RAW_PULL_FAILED: ${response.status}`);
    const page = await response.json();
    await db.mediationCase.bulkPut(page.documents);
    received += page.documents.length;
    checkpoint = page.checkpoint.seq;
    if (page.documents.length < RAW_PAGE) break;
  }
  const ms = performance.now() - started;
  const stored = await db.mediationCase.count();
  db.close();
  await Dexie.delete(db.name);
  if (stored !== expected) throw new Error(`BENCH_RAW_COUNT: stored ${stored}, expected ${expected}`);
  pageLog(`raw: ${received} cases in ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

/**
 * With --profile: wall time the app's pull spends in each collection's storage writes and in the
 * HTTP pages (fetch + JSON parse), summed per kind (they overlap: the total can pass the wall time).
 */
function timeSteps(db) {
  const steps = new Map();
  const add = (name, ms, docs) => {
    const step = steps.get(name) ?? { calls: 0, ms: 0, docs: 0 };
    step.calls += 1;
    step.ms += ms;
    step.docs += docs;
    steps.set(name, step);
  };
  /** Wraps target[method]; name and docs come from the call's arguments and result. */
  const timed = (target, method, name, docsOf) => {
    const original = target[method];
    target[method] = async function (...args) {
      const started = performance.now();
      let result;
      try {
        result = await original.apply(this, args);
        return result;
      } finally {
        add(typeof name === 'function' ? name(...args) : name, performance.now() - started, docsOf(args, result));
      }
    };
  };
  for (const [name, collection] of Object.entries(db.collections)) {
    timed(collection.storageInstance, 'bulkWrite', (_rows, context) => `write ${name} (${String(context).replace(/-[0-9a-f]{16,}.*$/, '')})`, ([rows]) => rows.length);
    timed(collection.storageInstance, 'findDocumentsById', `read ${name} by id`, ([ids]) => ids.length);
    timed(collection.storageInstance, 'query', (prepared) => `query ${name} ${JSON.stringify(prepared.query.selector).slice(0, 80)}`, (_args, result) => result?.documents.length ?? 0);
    timed(collection.storageInstance, 'count', (prepared) => `count ${name} ${JSON.stringify(prepared.query.selector).slice(0, 80)}`, () => 0);
  }
  timed(globalThis, 'fetch', 'fetch (to headers)', () => 0);
  timed(Response.prototype, 'json', 'response.json()', () => 0);
  return () => [...steps].sort((a, b) => b[1].ms - a[1].ms)
    .map(([name, { calls, ms, docs }]) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${String(calls).padStart(6)} calls  ${String(docs).padStart(8)} docs  ${name}`);
}

/**
 * P4's floor: what the pull left in IndexedDB — the records as RxDB keeps them (encrypted fields included)
 * and RxDB's replication state of each — written again straight through IndexedDB, in pages of RAW_PAGE,
 * each page one strict transaction per database, the records' first (idb-replay.ts). The search words,
 * rebuilt after the pull, are left out.
 */
async function pullFloor(storeName, expected) {
  const snapshots = (await snapshotDatabases(storeName, (name) => !name.endsWith('--searchWords')))
    .filter((snapshot) => snapshot.stores.some((store) => store.rows.length >= expected / 2))
    .sort((a, b) => Number(b.name.endsWith('--mediationCase')) - Number(a.name.endsWith('--mediationCase')));
  for (const snapshot of snapshots) {
    const shapes = snapshot.stores.filter((store) => store.rows.length > 0).map((store) => `${store.name} ${store.rows.length} rows × ${store.indexes.length} indexes`);
    pageLog(`floor: ${snapshot.name.replace(storeName, '…')}: ${shapes.join(', ')}`);
  }
  const ms = await replaySnapshots(snapshots, RAW_PAGE);
  pageLog(`floor: the same rows straight into IndexedDB in ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

async function appPull(code, expected, profile) {
  const storeName = `syncbench${Date.now().toString(36)}`;
  const store = await openStore({
    name: storeName,
    dataKey: DATA_KEY,
    rules: domainRules,
    referenceDefaults: defaultReferenceData(new Date().toISOString()),
    multiInstance: false,
    requestPersistence: () => Promise.resolve(false),
  });
  let secrets = null;
  // What the app's client takes from the store (store-sync-deps.ts): without the save journal every
  // push threw before sending (the county's reference data is its own to push), so the first round
  // never ended and the page sat idle with every case received.
  const client = createSyncClient({
    ...storeSyncDeps(store),
    secrets: { get: async () => secrets, set: async (value) => { secrets = value; } },
  });
  await client.ready;
  const steps = profile ? timeSteps(store.database) : undefined;
  pageLog('app: start');
  const started = performance.now();
  // A stalled pull names what the sync last reported (a push or pull failing and retrying).
  const progress = setInterval(() => {
    const status = client.getStatus();
    pageLog(`app: ${status.initialPull?.received ?? 0} received … (${status.phase}${status.lastError ? `; ${status.lastError.code}: ${status.lastError.message}` : ''})`);
  }, 10_000);
  const enrolled = await client.enroll({ serverUrl: globalThis.location.origin, code, deviceName: '县司法局基准' });
  if (!enrolled.ok) throw new Error(`BENCH_ENROLL_FAILED: ${enrolled.problem.code} ${enrolled.problem.message}`);
  await client.awaitInitialSync();
  const ms = performance.now() - started;
  clearInterval(progress);
  const stored = await store.database.collections.mediationCase.count().exec();
  pageLog(`app: ${stored} cases in ${(ms / 1000).toFixed(1)} s; search ${store.searchIndex.ready ? 'index ready' : 'scans until its index is rebuilt'}`);
  // Stopping hands a long first pull's search words to the rebuild (pulled-tokens.ts); the lists
  // work meanwhile, search scans. Timed from the same start: when the app is fully ready.
  await client.stop();
  await store.searchIndex.settled;
  const indexMs = performance.now() - started;
  const ready = store.searchIndex.ready;
  await store.close();
  if (stored !== expected) throw new Error(`BENCH_APP_COUNT: stored ${stored}, expected ${expected}`);
  if (!ready) throw new Error('BENCH_INDEX_NOT_READY: the search index was not rebuilt after the pull');
  pageLog(`app: search index ready ${(indexMs / 1000).toFixed(1)} s after the pull started`);
  if (steps) pageLog(`app: time per step (summed; steps overlap)\n${steps().join('\n')}`);
  const floorMs = await pullFloor(storeName, expected);
  return { ms, indexMs, floorMs };
}

void runPageJob(async () => {
  const config = await (await fetch('/bench-config')).json();
  const rawMs = await rawPull(config.countyToken, config.expected);
  const app = await appPull(config.enrollCode, config.expected, config.profile);
  return { rawMs, replicationMs: app.ms, indexMs: app.indexMs, floorMs: app.floorMs, userAgent: navigator.userAgent };
});
