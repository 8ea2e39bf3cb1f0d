// [C2] replication of every collection through the county server, live by the shared stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, expectSaved, mediationDraft, studyDraft } from '../../renderer/src/store/test-support';
import { enrolledDevice, eventually, startTestServer, type TestServer } from './harness';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

describe('replication', () => {
  it('[C2] a record saved on one township PC reaches the other PC of the township and the county live, with its history', async () => {
    const a = await enrolledDevice(test, 'suibin');
    const b = await enrolledDevice(test, 'suibin');
    const county = await enrolledDevice(test, null);
    try {
      const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft(), actor)).record;
      const study = expectSaved(await a.store.ledger.create('studySession', studyDraft(), actor)).record;
      for (const device of [b, county]) {
        await eventually(async () => {
          expect(await device.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: saved.summary, caseNumber: saved.caseNumber });
          expect(await device.store.ledger.get('studySession', study.id)).toMatchObject({ topic: study.topic });
          expect(await device.store.ledger.history(saved.id)).toHaveLength(1);
        });
      }
      await eventually(() => expect(a.client.getStatus()).toMatchObject({ phase: 'idle', online: true, waiting: 0 }));
      expect(a.client.getStatus().lastSyncedAt).toBeDefined();
    } finally {
      await Promise.all([a.close(), b.close(), county.close()]);
    }
  });
});
