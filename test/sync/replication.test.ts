// [C2] replication of every collection through the county server, live by the shared stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enroll as enrollTestDevice, push, pullAll } from '../../server/testing/client';
import { mediationCase } from '../../server/testing/documents';
import { sameContent } from '#shared/sync/content-equal';
import { actor, dumpAllIndexedDb, expectSaved, mediationDraft, studyDraft } from '../../renderer/src/store/test-support';
import { enrolledDevice, eventually, openDevice, startTestServer, type TestServer } from './harness';

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

  it('[R7] the personal fields stay encrypted in RxDB\'s replication copies on the PC that pushed and the PC that pulled', async () => {
    const a = await enrolledDevice(test, 'suibin');
    const b = await enrolledDevice(test, 'suibin');
    const secrets = ['23042219750505123X', '13655554444', '绥滨镇永安村五组'];
    try {
      const draft = mediationDraft({ personal: { parties: [{ partyId: 'p1', idNumber: secrets[0], phone: secrets[1], address: secrets[2] }, { partyId: 'p2' }] } });
      const saved = expectSaved(await a.store.ledger.create('mediationCase', draft, actor)).record;
      await eventually(async () => expect((await b.store.ledger.get('mediationCase', saved.id))?.personal).toEqual(saved.personal));
      await eventually(() => expect(a.client.getStatus()).toMatchObject({ phase: 'idle', waiting: 0 }));
      for (const device of [a, b]) {
        // RxDB's meta instances hold a copy of each replicated document (its assumed master state).
        const copies = await dumpAllIndexedDb(`${device.dbName}--`);
        const meta = copies.names.filter((name) => name.includes('rx-replication-meta'));
        expect(meta.length, `${device.dbName}: replication meta databases`).toBeGreaterThan(0);
        expect((await dumpAllIndexedDb(meta.find((name) => name.includes('mediationcase')) ?? meta[0])).text).toContain(saved.id);
        expect(copies.text).toContain(saved.caseNumber);
        for (const secret of secrets) expect(copies.text.includes(secret), `${secret} in plain text on ${device.dbName}`).toBe(false);
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('[C8] a record pulled from another device is found by search, through this device\'s own search index', async () => {
    const a = await enrolledDevice(test, 'suibin');
    const b = await enrolledDevice(test, 'suibin');
    try {
      const draft = mediationDraft();
      const parties = draft.parties.map((party, index) => (index === 0 ? { ...party, name: '欧阳修远' } : party));
      const saved = expectSaved(await a.store.ledger.create('mediationCase', { ...draft, parties }, actor)).record;
      await eventually(async () => {
        expect((await b.store.searchWords.all()).find((row) => row.id === saved.id)?.keys.length ?? 0).toBeGreaterThan(0);
      });
      const page = await b.store.ledger.list('mediationCase', { search: '欧阳修远', pageSize: 10 });
      expect(page.rows.map((row) => row.id)).toContain(saved.id);
      expect(page.partialSearch).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('[C9] a batch the server refuses shows its reasons, keeps the record, and is re-sent only after a growing wait', async () => {
    // Settings name another township than the enrollment: the server refuses the record (403).
    const device = await openDevice({ township: 'zhongren' });
    try {
      const code = await test.code('township', 'suibin');
      const enrolled = await device.client.enroll({ serverUrl: test.url, code, deviceName: '设错乡镇的电脑' });
      expect(enrolled.ok).toBe(true);
      const saved = expectSaved(await device.store.ledger.create('mediationCase', mediationDraft(), actor)).record;
      await eventually(() => expect(device.client.getStatus()).toMatchObject({ phase: 'error', lastError: { code: 'FORBIDDEN_DOCUMENTS' } }));
      expect(device.client.getStatus().lastError?.message).toContain('这条记录不属于本乡镇');
      const pushes = () => device.net.calls.filter((call) => call === 'POST /v1/collections/mediationCase/push').length;
      const before = pushes();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      // 300 ms doubling: a few re-sends, not RxDB's retry every 20 ms
      expect(pushes() - before).toBeLessThanOrEqual(4);
      expect(await device.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: saved.summary });
      expect((await device.client.recordStates('mediationCase', [saved.id])).get(saved.id)).toBe('waiting');
    } finally {
      await device.close();
    }
  });

  it('[C6] a county PC closed in the middle of its first sync continues from its checkpoints and ends equal to the server', { timeout: 240_000 }, async () => {
    const writer = await enrollTestDevice(test.server, 'township', 'suibin');
    const ids = Array.from({ length: 1500 }, (_, i) => `resume-${String(i).padStart(5, '0')}`);
    for (let start = 0; start < ids.length; start += 500) {
      const rows = ids.slice(start, start + 500).map((id) => ({ newDocumentState: mediationCase(id, 'suibin', { summary: `续传${id}` }) }));
      const response = await push(test.server, writer, 'mediationCase', rows);
      expect(response.statusCode).toBe(200);
    }
    const county = await openDevice({ township: null });
    // The second page of cases is held at the server's door: the PC is closed in the middle.
    county.net.hold = (call) => call.startsWith('GET /v1/collections/mediationCase/pull') && !call.includes('checkpoint=0&');
    const code = await test.code('county');
    expect((await county.client.enroll({ serverUrl: test.url, code, deviceName: '县司法局' })).ok).toBe(true);
    // RxDB stores a page's checkpoint after its documents and their meta: close once the first page's is stored.
    const stored = await eventually(async () => {
      const seq = (await county.client.pullCheckpoints()).mediationCase?.seq ?? 0;
      expect(seq).toBeGreaterThan(0);
      return seq;
    }, 60_000);
    expect(county.net.held.length).toBeGreaterThan(0);
    expect(county.client.getStatus().initialPull?.done).toBe(false);
    const { dbName, secrets, net } = county;
    await county.close();
    net.release();

    const callsBefore = net.calls.length;
    const again = await openDevice({ township: null, dbName, secrets, net });
    try {
      await again.client.awaitInitialSync();
      const firstPull = net.calls.slice(callsBefore).find((call) => call.startsWith('GET /v1/collections/mediationCase/pull'));
      expect(firstPull).toContain(`checkpoint=${stored}&`);

      const countyDevice = { ...writer, headers: { ...writer.headers, authorization: `Bearer ${secrets.value?.token ?? ''}` } };
      const onServer = await pullAll(test.server, countyDevice, 'mediationCase', 1000);
      const local = await again.store.database.mediationCase.find().exec();
      expect(local.length).toBe(onServer.documents.length);
      const byId = new Map(local.map((doc) => [doc.id, doc.toJSON()]));
      for (const doc of onServer.documents) expect(sameContent({ ...byId.get(doc.id), _deleted: false }, doc), doc.id).toBe(true);
    } finally {
      await again.close();
    }
  });
});
