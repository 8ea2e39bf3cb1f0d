// sync-pull.html: in real Chromium and IndexedDB, a county device's initial pull of every case
// (a) through the app's own sync (openStore + createSyncClient, as the app runs them) and
// (b) as the baseline: the same JSON pages fetched raw and written with one Dexie bulkPut each.
// The driver (sync-bench-pull.ts) serves this page and the county server on one origin.
import Dexie from 'dexie';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths } from '#shared/sync/index';
import { pageLog, runPageJob } from '../../renderer/src/dev/page-channel';
import { domainRules } from '../../renderer/src/store/domain-rules';
import { openStore } from '../../renderer/src/store/open-store';
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

async function appPull(code, expected) {
  const store = await openStore({
    name: `syncbench${Date.now().toString(36)}`,
    dataKey: DATA_KEY,
    rules: domainRules,
    referenceDefaults: defaultReferenceData(new Date().toISOString()),
    multiInstance: false,
    requestPersistence: () => Promise.resolve(false),
  });
  let secrets = null;
  const client = createSyncClient({
    db: store.database,
    derive: store.derive,
    secrets: { get: async () => secrets, set: async (value) => { secrets = value; } },
  });
  await client.ready;
  const started = performance.now();
  const progress = setInterval(() => pageLog(`app: ${client.getStatus().initialPull?.received ?? 0} received …`), 10_000);
  const enrolled = await client.enroll({ serverUrl: globalThis.location.origin, code, deviceName: '县司法局基准' });
  if (!enrolled.ok) throw new Error(`BENCH_ENROLL_FAILED: ${enrolled.problem.code} ${enrolled.problem.message}`);
  await client.awaitInitialSync();
  const ms = performance.now() - started;
  clearInterval(progress);
  const stored = await store.database.collections.mediationCase.count().exec();
  await client.stop();
  await store.database.close();
  if (stored !== expected) throw new Error(`BENCH_APP_COUNT: stored ${stored}, expected ${expected}`);
  pageLog(`app: ${stored} cases in ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

void runPageJob(async () => {
  const config = await (await fetch('/bench-config')).json();
  const rawMs = await rawPull(config.countyToken, config.expected);
  const replicationMs = await appPull(config.enrollCode, config.expected);
  return { rawMs, replicationMs, userAgent: navigator.userAgent };
});
