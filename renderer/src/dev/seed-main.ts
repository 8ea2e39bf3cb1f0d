// seed.html: opens the app's store exactly as the app does (boot.ts: the same database name and the
// web bridge's data key from this profile) and seeds it; test/bench/seed.mjs drives it.
// `seed.html?job=save-faults` runs the save workload test/e2e/save-faults.spec.ts kills instead.
import { bridge } from '#bridge';
import { openAppStore, readStartFacts } from '../boot';
import { numberParam, pageLog, runPageJob } from './page-channel';
import { seedStore } from './seed-run';

if (new URLSearchParams(location.search).get('job') === 'save-faults') void import('./save-faults-main');
else void runPageJob(async () => {
  const total = numberParam('count', 100_000);
  const store = await openAppStore(await readStartFacts(bridge));
  try {
    return await seedStore(store, { total, seed: numberParam('seed', 20261130), chunkSize: numberParam('chunk', 2000) }, pageLog);
  } finally {
    await store.close();
  }
});
