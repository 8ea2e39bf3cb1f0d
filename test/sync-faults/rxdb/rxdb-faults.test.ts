// The app's sync (RxDB + createSyncClient on fake-indexeddb) against the real server under faults.
import { describe, it } from 'vitest';
import { backendNames } from '../fault-backend';
import { readRecordedRun } from '../event-order';
import { announce, hex, seedsForRun } from '../seeds';
import { replayFile, scenarioSelected, selectedBackends } from '../selection';
import { appDevicesUnderFaults } from './rxdb-scenario';

// FAULT_REPLAY=<file>: a failing run's recorded event order, replayed on its seed and backend.
const replayPath = replayFile();
const replay = replayPath ? await readRecordedRun(replayPath) : undefined;

// One backend per run keeps the suite inside its time budget: PostgreSQL when DATABASE_URL is set
// (as in CI), else PGlite; the raw-protocol scenarios run on both. FAULT_BACKEND chooses (selection.ts).
const backends = replay ? selectedBackends(backendNames, { FAULT_BACKEND: replay.backend }) : selectedBackends(backendNames).slice(-1);
for (const backend of backends) {
  describe.runIf(replay !== undefined || scenarioSelected('app'))(`sync under faults, the app's RxDB devices (${backend})`, () => {
    for (const seed of replay ? [Number(replay.seed) >>> 0] : seedsForRun()) {
      it(`cuts mid-push and mid-pull, a server restart and a PC closed mid-sync — seed ${hex(seed)}${replay ? ' (replaying its event order)' : ''}: every PC equals the server, every save is there`, async () => {
        announce('app devices', backend, seed);
        await appDevicesUnderFaults(backend, seed, replay);
      }, 300_000);
    }
  });
}
