// [S27]–[S28]: case numbers of an enrolled device come from server blocks; offline with none left,
// a provisional number that is replaced once the server answers again (docs/decisions/008).
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseNumberBlock, CaseNumberReserver, CaseNumberReserveRequest } from '#shared/sync/index';
import type { OpenedStore } from './open-store';
import { replaceProvisionalNumbers } from './case-number-provisional';
import { createIdNumberHasher } from './id-number-hash';
import { actor, DATA_KEY, enforcementDraft, expectSaved, freshName, mediationDraft, openTestStore } from './test-support';

/** A working fake of POST /v1/case-numbers/reserve: one series counter, answers kept by requestId. */
function fakeCountyServer() {
  const last = new Map<string, number>();
  const answers = new Map<string, CaseNumberBlock>();
  const calls: CaseNumberReserveRequest[] = [];
  let online = true;
  /** The next answer is lost on the way back (the server did reserve). */
  let loseNextAnswer = false;
  const reserver: CaseNumberReserver = (request) => {
    calls.push(request);
    if (!online) return Promise.reject(new TypeError('fetch failed'));
    const key = `${request.kind}:${request.year}`;
    let block = answers.get(request.requestId);
    if (!block) {
      const first = Math.max(last.get(key) ?? 0, request.knownMax ?? 0) + 1;
      block = { requestId: request.requestId, kind: request.kind, year: request.year, first, last: first + request.count - 1 };
      last.set(key, block.last);
      answers.set(request.requestId, block);
    }
    if (loseNextAnswer) {
      loseNextAnswer = false;
      return Promise.reject(new TypeError('network connection lost'));
    }
    return Promise.resolve(block);
  };
  return {
    reserver,
    calls,
    setOnline: (value: boolean) => { online = value; },
    loseNextAnswer: () => { loseNextAnswer = true; },
  };
}

const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});
const open = async (options: Parameters<typeof openTestStore>[0] = {}) => {
  const store = await openTestStore({ caseNumbers: { blockSize: 5, lowWater: 2, reserveTimeoutMs: 1000 }, ...options });
  opened.push(store);
  return store;
};
const createCase = async (store: OpenedStore) => expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;

describe('case numbers from server blocks', () => {
  it('[S27] an enrolled store numbers cases from reserved blocks and reserves the next block below the low-water mark', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    const numbers: string[] = [];
    for (let i = 0; i < 7; i++) numbers.push((await createCase(store)).caseNumber);
    await store.caseNumbers.topUp();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `〔2026〕绥滨调字第${n}号`));
    // Blocks of 5: the first on demand, the next ones in the background before the pool ran dry.
    expect(server.calls.every((call) => call.kind === 'mediationCase' || call.kind === 'enforcementCase')).toBe(true);
    expect(server.calls.filter((call) => call.kind === 'mediationCase').length).toBeGreaterThanOrEqual(2);
    expect(await store.caseNumbers.status()).toMatchObject({ mode: 'blocks', provisional: 0 });
  });

  it('[S27] saves at the same moment on one device never take the same number from the pool', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    const records = await Promise.all(Array.from({ length: 12 }, () => createCase(store)));
    const seqs = records.map((r) => r.caseSeq).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(12);
    expect(seqs.every((seq) => seq >= 1)).toBe(true);
  });

  it('[S27] two devices of one township taking turns on one server never share a number', async () => {
    const server = fakeCountyServer();
    // RxDB's open-source limit of 13 collections per process allows one store open at a time.
    const names = [freshName('deviceA'), freshName('deviceB')];
    const seqs: number[] = [];
    for (let round = 0; round < 4; round++) {
      const store = await openTestStore({ name: names[round % 2], caseNumbers: { blockSize: 3, lowWater: 1 } });
      await store.caseNumbers.setReserver(server.reserver);
      for (let i = 0; i < 2; i++) seqs.push((await createCase(store)).caseSeq);
      await store.close();
    }
    expect(new Set(seqs).size).toBe(8);
    expect(seqs.every((seq) => seq >= 1)).toBe(true);
  });

  it('[S27] a lost answer is asked again with the same requestId, so no block is burnt', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    server.loseNextAnswer();
    const first = await createCase(store);
    expect(first.caseSeq).toBe(0);
    await store.caseNumbers.topUp();
    const [lost, retried] = server.calls.filter((call) => call.kind === 'mediationCase');
    expect(retried?.requestId).toBe(lost?.requestId);
    expect((await store.ledger.get('mediationCase', first.id))?.caseNumber).toBe('〔2026〕绥滨调字第1号');
    expect((await createCase(store)).caseNumber).toBe('〔2026〕绥滨调字第2号');
  });

  it('[S27] blocks start above numbers this device gave before it enrolled', async () => {
    const server = fakeCountyServer();
    const store = await open();
    for (let i = 0; i < 3; i++) await createCase(store);
    await store.caseNumbers.setReserver(server.reserver);
    expect((await createCase(store)).caseNumber).toBe('〔2026〕绥滨调字第4号');
    expect(server.calls[0]?.knownMax).toBe(3);
  });

  it('[S27] a standalone store keeps numbering from its own counter and never calls a server', async () => {
    const store = await open();
    expect((await createCase(store)).caseNumber).toBe('〔2026〕绥滨调字第1号');
    expect(await store.caseNumbers.status()).toMatchObject({ mode: 'device', reserverSet: false });
  });

  it('[S27] a bulk import while enrolled takes its numbers from blocks', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    const result = await store.ledger.createMany('enforcementCase', Array.from({ length: 12 }, () => enforcementDraft()), actor);
    expect(result.saved).toBe(12);
    const page = await store.ledger.list('enforcementCase', { pageSize: 50 });
    expect(page.rows.map((r) => r.caseSeq).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});

describe('provisional case numbers', () => {
  it('[S28] offline with no number left, a case gets a 临时案号; back online it gets a real one, with a history entry', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    server.setOnline(false);
    const record = await createCase(store);
    const settings = await store.settings.get();
    const tag = settings.deviceId.replace(/-/g, '').slice(-4).toUpperCase();
    expect(record.caseNumber).toBe(`〔2026〕绥滨调字第临${tag}-1号`);
    expect(record.caseSeq).toBe(0);
    expect((await store.caseNumbers.status()).provisional).toBe(1);

    server.setOnline(true);
    const topUp = await store.caseNumbers.topUp();
    expect(topUp).toMatchObject({ replaced: 1, provisionalLeft: 0 });
    const renumbered = await store.ledger.get('mediationCase', record.id);
    expect(renumbered).toMatchObject({ caseNumber: '〔2026〕绥滨调字第1号', caseSeq: 1, summary: record.summary });
    const history = await store.ledger.history(record.id);
    expect(history[0]).toMatchObject({ action: 'update', changes: [{ field: 'caseNumber', before: record.caseNumber, after: '〔2026〕绥滨调字第1号' }] });
    expect((await store.ledger.list('mediationCase', { search: '调字第1号', pageSize: 10 })).rows.map((r) => r.id)).toEqual([record.id]);
  });

  it('[S28] a top-up the server refuses says why (code and message) and leaves the 临时案号 for the next one', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    server.setOnline(false);
    const record = await createCase(store);
    await store.caseNumbers.setReserver(() => Promise.reject(Object.assign(new Error('服务器暂时无法处理请求'), { code: 'INTERNAL' })));
    expect(await store.caseNumbers.topUp()).toMatchObject({
      replaced: 0, provisionalLeft: 1, problem: { code: 'INTERNAL', message: '服务器暂时无法处理请求' },
    });
    server.setOnline(true);
    await store.caseNumbers.setReserver(server.reserver);
    const mended = await store.caseNumbers.topUp();
    expect(mended).toMatchObject({ replaced: 1, provisionalLeft: 0 });
    expect(mended.problem).toBeUndefined();
    expect((await store.ledger.get('mediationCase', record.id))?.caseNumber).toBe('〔2026〕绥滨调字第1号');
  });

  it('[S28] a 临时案号 another window replaced meanwhile keeps that window\'s number, and no second 修改记录 line is written here', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    server.setOnline(false);
    const record = await createCase(store);
    const db = store.database;
    const replaced = await replaceProvisionalNumbers({
      db,
      hash: createIdNumberHasher(DATA_KEY),
      clock: () => new Date(),
      journal: store.saveJournal,
      actor: () => Promise.resolve(actor),
      // While this window fetches a number, the other one renumbers the case (as its own top-up would).
      realNumber: async () => {
        const doc = await db.mediationCase.findOne(record.id).exec();
        await doc!.incrementalPatch({ caseNumber: '〔2026〕绥滨调字第7号', caseSeq: 7 });
        return { caseNumber: '〔2026〕绥滨调字第8号', caseYear: 2026, caseSeq: 8 };
      },
    });
    expect(replaced).toBe(0);
    expect(await store.ledger.get('mediationCase', record.id)).toMatchObject({ caseNumber: '〔2026〕绥滨调字第7号', caseSeq: 7 });
    expect((await store.ledger.history(record.id)).filter((entry) => entry.changes.some((change) => change.field === 'caseNumber'))).toHaveLength(0);
    expect((await store.caseNumbers.status()).provisional).toBe(0);
  });

  it('[S28] a restart offline stays on server numbering: no fall-back to the device counter', async () => {
    const name = freshName('restart');
    const server = fakeCountyServer();
    const first = await openTestStore({ name });
    await first.caseNumbers.setReserver(server.reserver);
    await first.close();
    const again = await open({ name, township: null });
    const record = await createCase(again);
    expect(record.caseSeq).toBe(0);
    expect(record.caseNumber).toContain('临');
  });

  it('[S28] leaving sync replaces provisional numbers from the device counter', async () => {
    const server = fakeCountyServer();
    const store = await open();
    await store.caseNumbers.setReserver(server.reserver);
    server.setOnline(false);
    const record = await createCase(store);
    await store.caseNumbers.useDeviceCounter();
    expect((await store.ledger.get('mediationCase', record.id))?.caseNumber).toBe('〔2026〕绥滨调字第1号');
    expect(await store.caseNumbers.status()).toMatchObject({ mode: 'device', provisional: 0 });
  });
});
