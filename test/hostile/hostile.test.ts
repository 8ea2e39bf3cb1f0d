// The hostile-input suite (issue 8; rules S40–S45 under load): ≥ 10,000 seeded requests per
// backend over a real port — valid pushes and pulls of two townships mixed with junk bodies,
// bad tokens from many addresses, trickled and cut connections, requests Node itself refuses.
// Prints its seed; HOSTILE_SEED=0x… replays one, HOSTILE_REQUESTS=n sizes the run,
// HOSTILE_ONLY=pull,validPush narrows the mix to some kinds while looking into one.
// The test asserts what the server does (no 5xx, nothing half-written, every refusal coded,
// trickled connections cut by the server); how fast and how much memory — no answer over 2 s,
// /health under 200 ms, RSS +200 MB — is measured by `npm run bench:hostile` (and `npm run bench`),
// never asserted here: a shared CI machine's scheduling is not the server's speed (decision 012).
import { randomInt } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../../server/testing/backends';
import { enroll } from '../../server/testing/client';
import { listenOnLoopback } from '../../server/testing/stream-client';
import { hex } from '../sync-faults/seeds';
import { runHostile } from './hostile-run';
import { hostileLimits } from './hostile-limits';

const seed = process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) >>> 0 : randomInt(0, 2 ** 32 - 1);
const requests = Number(process.env.HOSTILE_REQUESTS ?? 10_000);

describeEachBackend(
  'hostile input under load',
  (backend) => {
    it(`[S39][S40][S41][S42][S43][S45] ${requests.toLocaleString('en')} seeded requests: no 5xx, nothing half-written, every refusal coded, slow connections cut by the server`, async () => {
      const server = backend.server();
      console.log(`[hostile] ${backend.name}: seed ${hex(seed)} (replay: HOSTILE_SEED=${hex(seed)} npx vitest run test/hostile)`);
      const baseUrl = await listenOnLoopback(server);
      const townships = await Promise.all(['zhongren', 'suidong'].map(async (townshipId) => ({ townshipId, headers: (await enroll(server, 'township', townshipId)).headers })));
      const figures = await runHostile({ server, baseUrl, devices: { townships }, seed, requests });
      console.log(`[hostile] ${backend.name}: ${JSON.stringify(figures)}`);
      expect(figures.samples).toEqual([]);
      expect(figures.requests).toBeGreaterThanOrEqual(requests);
      expect(figures.serverErrors).toBe(0);
      expect(figures.partialWrites).toBe(0);
      expect(figures.unshaped).toBe(0);
      expect(figures.unexpected).toBe(0);
      expect(figures.trickled).toBeGreaterThan(0);
      expect(figures.trickledStillOpen).toBe(0);
      expect(figures.healthProbes).toBeGreaterThan(0);
      expect(figures.written).toBeGreaterThan(0);
    }, 240_000);
  },
  { limits: hostileLimits },
);
