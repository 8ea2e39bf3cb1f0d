// [S52] /health answers while a write holds the database, and says in the shared shape when the
// database does not answer.
import { expect, it } from 'vitest';
import { syncErrors, syncPaths } from '#shared/sync/index';
import { createServer } from '../server';
import { describeEachBackend } from '../testing/backends';
import { enroll, push } from '../testing/client';
import { mediationCase } from '../testing/documents';

/** Holds every write transaction before COMMIT until released. */
function gate() {
  let release = () => undefined as void;
  let reached = () => undefined as void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  const open = new Promise<void>((resolve) => (release = resolve));
  return { held, release: () => release(), beforeCommit: () => (reached(), open) };
}

const writes = gate();

describeEachBackend(
  'the health check',
  (backend) => {
    it('[S52] answers while a push is held inside its write transaction', async () => {
      const server = backend.server();
      const device = await enroll(server, 'township', 'zhongren');
      let pushDone = false;
      const pushing = push(server, device, 'mediationCase', [{ newDocumentState: mediationCase('0190a000-0000-7000-8000-0000000005a2', 'zhongren') }]).then((answer) => {
        pushDone = true;
        return answer;
      });
      await writes.held;
      const health = await server.app.inject({ url: syncPaths.health });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({ status: 'ok', database: backend.name });
      expect(pushDone).toBe(false);
      writes.release();
      expect((await pushing).statusCode).toBe(200);
    });
  },
  { faults: { beforeCommit: () => writes.beforeCommit() } },
);

it('[S52] a database that does not answer (held by a stuck write past the deadline) gets 503 DATABASE_UNAVAILABLE in the shared shape', async () => {
  const stuck = gate();
  const server = await createServer({ faults: { beforeCommit: () => stuck.beforeCommit() } });
  try {
    const device = await enroll(server, 'township', 'zhongren');
    const pushing = push(server, device, 'mediationCase', [{ newDocumentState: mediationCase('0190a000-0000-7000-8000-0000000005a3', 'zhongren') }]);
    await stuck.held;
    // PGlite runs one transaction at a time: once the last success is older than the window,
    // the check's own SELECT 1 waits behind the stuck write until its deadline.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const health = await server.app.inject({ url: syncPaths.health });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: syncErrors.DATABASE_UNAVAILABLE.message });
    stuck.release();
    expect((await pushing).statusCode).toBe(200);
    expect((await server.app.inject({ url: syncPaths.health })).statusCode).toBe(200);
  } finally {
    await server.close();
  }
}, 60_000);
