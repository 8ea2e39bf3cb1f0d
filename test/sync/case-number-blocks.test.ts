// [S21][S24][S27][S28][S29] end to end: a store numbering from a real county server over HTTP, and
// opening with the enroll answer's county key.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseNumberReserver } from '#shared/sync/index';
import { createServer, type TaizhangServer } from '../../server/server';
import { enroll, type TestDevice } from '../../server/testing/client';
import { createIdNumberHasher } from '../../renderer/src/store/id-number-hash';
import { actor, expectSaved, mediationDraft, openTestStore } from '../../renderer/src/store/test-support';
import { httpReserver as appReserver } from '../../renderer/src/sync/store-follows-sync';

let server: TaizhangServer;
let base = '';
let device: TestDevice;

beforeAll(async () => {
  server = await createServer({});
  base = await server.app.listen({ host: '127.0.0.1', port: 0 });
  device = await enroll(server, 'township', 'suibin');
});
afterAll(async () => {
  await server.close();
});

/** The app's own reserver (what sync passes to store.caseNumbers.setReserver), with a fixed token. */
const httpReserver = (token: string, url = base): CaseNumberReserver => appReserver(url, () => Promise.resolve(token));

it('[S27][S28] a store numbers from the county server’s blocks, goes provisional when the server is unreachable, and is renumbered after', async () => {
  const store = await openTestStore({ idHashKey: device.idHashKey, caseNumbers: { blockSize: 3, lowWater: 1, reserveTimeoutMs: 2000 } });
  try {
    await store.caseNumbers.setReserver(httpReserver(device.token));
    const first = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect(first.caseNumber).toBe('〔2026〕绥滨调字第1号');
    // Another device of the township takes the next block meanwhile.
    const other = await enroll(server, 'township', 'suibin');
    const taken = await httpReserver(other.token)({ requestId: 'other-device-req-1', kind: 'mediationCase', year: 2026, count: 3 });

    // The server cannot be reached (nothing listens on port 9 of loopback).
    await store.caseNumbers.setReserver(httpReserver(device.token, 'http://127.0.0.1:9'));
    const made: string[] = [];
    for (let i = 0; i < 4; i++) made.push(expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record.caseNumber);
    expect(made.filter((n) => n.includes('临'))).toHaveLength(made.length - 2);

    await store.caseNumbers.setReserver(httpReserver(device.token));
    expect((await store.caseNumbers.topUp()).provisionalLeft).toBe(0);
    const page = await store.ledger.list('mediationCase', { pageSize: 20 });
    const seqs = page.rows.map((r) => r.caseSeq);
    expect(seqs.every((seq) => seq > 0)).toBe(true);
    expect(new Set(seqs).size).toBe(5);
    const otherNumbers = Array.from({ length: taken.last - taken.first + 1 }, (_, i) => taken.first + i);
    expect(seqs.some((seq) => otherNumbers.includes(seq))).toBe(false);
  } finally {
    await store.close();
  }
});

it('[S24][S29] a store opened with the enroll answer’s key hashes ID numbers as every other device of the county does', async () => {
  const county = await enroll(server, 'county');
  expect(county.idHashKey).toBe(device.idHashKey);
  const store = await openTestStore({ idHashKey: device.idHashKey });
  try {
    const record = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect(record.partyIdHashes).toEqual([createIdNumberHasher(county.idHashKey)('23042219800101001X')]);
  } finally {
    await store.close();
  }
});
