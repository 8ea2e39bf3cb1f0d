// The county server alone under network and process faults, driven by raw-protocol devices.
// Each scenario ends with every replica equal to the server, nothing lost, nothing duplicated.
import { describe, it } from 'vitest';
import { backendNames } from './fault-backend';
import { serverKilledMidSync } from './killed-server';
import { clientClosedMidSync, cutMidPull, cutMidPush, fiftyWriters, serverRestart } from './raw-scenarios';
import { announce, hex, seedsForRun } from './seeds';
import { pinnedSeedsIncluded, scenarioSelected, selectedBackends } from './selection';

const scenarios = [
  ['a', '(a) connection cut mid-push', cutMidPush],
  ['b', '(b) connection cut mid-pull', cutMidPull],
  ['c', '(c) server closed and restarted on the same data mid-sync', serverRestart],
  ['d', '(d) device closed mid-sync and reopened', clientClosedMidSync],
  ['e', '(e) 50 concurrent writers while others pull', fiftyWriters],
  ['f', '(f) [S38] server process killed (SIGKILL) mid-sync and restarted on the same data', serverKilledMidSync],
] as const;

for (const backend of selectedBackends(backendNames)) {
  describe(`sync under faults, raw-protocol devices (${backend})`, () => {
    for (const [key, title, scenario] of scenarios) {
      if (!scenarioSelected(key)) continue;
      // (f) starts two server processes; a cold start on PGlite under load takes tens of seconds.
      const timeoutMs = scenario === serverKilledMidSync ? 240_000 : 90_000;
      for (const seed of seedsForRun()) {
        it(`${title} — seed ${hex(seed)}: all replicas equal the server, nothing lost or duplicated`, async () => {
          announce(title, backend, seed);
          await scenario(backend, seed);
        }, timeoutMs);
      }
    }

    // Seeds that once failed, replayed on every run.
    it.runIf(pinnedSeedsIncluded() && scenarioSelected('d'))('seed 0x37cd0745 — (d) a device closed after its push landed, then set a field back: the retry keeps the setting back', async () => {
      announce('(d) pinned', backend, 0x37cd0745);
      await clientClosedMidSync(backend, 0x37cd0745);
    }, 90_000);
  });
}
