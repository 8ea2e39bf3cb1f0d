// The app's sync (RxDB + createSyncClient on fake-indexeddb) against the real server under faults.
import { describe, it } from 'vitest';
import { backendNames } from '../fault-backend';
import { announce, hex, seedsForRun } from '../seeds';
import { scenarioSelected, selectedBackends } from '../selection';
import { appDevicesUnderFaults } from './rxdb-scenario';

// One backend per run keeps the suite inside its time budget: PostgreSQL when DATABASE_URL is set
// (as in CI), else PGlite; the raw-protocol scenarios run on both. FAULT_BACKEND chooses (selection.ts).
for (const backend of selectedBackends(backendNames).slice(-1)) {
  describe.runIf(scenarioSelected('app'))(`sync under faults, the app's RxDB devices (${backend})`, () => {
    for (const seed of seedsForRun()) {
      it(`cuts mid-push and mid-pull, a server restart and a PC closed mid-sync — seed ${hex(seed)}: every PC equals the server, every save is there`, async () => {
        announce('app devices', backend, seed);
        await appDevicesUnderFaults(backend, seed);
      }, 300_000);
    }
  });
}
