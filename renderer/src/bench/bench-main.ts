// bench.html: runs the benchmark in the page (real Chromium, real IndexedDB) and leaves the
// result for test/bench/run.mjs, which prints it and writes .bench/last.json.
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { numberParam, pageLog, runPageJob } from '../dev/page-channel';
import { createSampleGenerator, sampleContextFrom } from '../dev/sample-records';
import { dropDatabasesNamed, type BenchContext } from './bench-context';
import { fullOptions, quickOptions, runBench } from './run-bench';
import { domainRules } from '../store/domain-rules';
import { openStore } from '../store/open-store';

const TOWNSHIP = 'zhongren';
// A fixed key: the bench's databases live in a throw-away profile.
const DATA_KEY = btoa(String.fromCharCode(...new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256)));

void runPageJob(async () => {
  const base = numberParam('quick', 0) === 1 ? quickOptions : fullOptions;
  const options = {
    saveCount: numberParam('save', base.saveCount),
    coldAt: numberParam('coldAt', base.coldAt),
    listAt: numberParam('listAt', base.listAt),
    repeats: numberParam('repeats', base.repeats),
    seed: numberParam('seed', base.seed),
    exportCount: numberParam('exportCount', base.exportCount),
    importCount: numberParam('importCount', base.importCount),
    backupCount: numberParam('backupCount', base.backupCount),
  };
  const now = new Date();
  const referenceDefaults = defaultReferenceData(now.toISOString());
  const bench: BenchContext = {
    // The app's own store and rules (as boot.ts opens them), under the bench's own database names.
    openStore: (name) => openStore({
      name, dataKey: DATA_KEY, rules: domainRules, referenceDefaults, multiInstance: false, requestPersistence: () => Promise.resolve(false),
    }),
    dropStore: dropDatabasesNamed,
    generator: createSampleGenerator(options.seed, sampleContextFrom(referenceDefaults, now, TOWNSHIP)),
    actor: { person: '性能测试', deviceId: 'bench' },
    townshipId: TOWNSHIP,
    dataKey: DATA_KEY,
    log: pageLog,
  };
  return runBench(bench, options);
});
