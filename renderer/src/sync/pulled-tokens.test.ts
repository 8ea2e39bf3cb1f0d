// [C8] Pulled records get their search words in bulk: a first pull's batch of new records costs
// one write of words and no reads (per-record work made a county's first pull of 20,000 cases take
// minutes in Chromium); changed and deleted records are re-indexed with one remove and one write.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { OpenedStore } from '../store/open-store';
import { actor, mediationDraft, openTestStore, freshName } from '../store/test-support';
import { wordsRowOf } from '../store/search-token-writes';
import { searchWordsOf, tokenOfKey } from '../store/search-words';
import { createTokenKeeper } from './pulled-tokens';

let store: OpenedStore | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await store?.close();
  store = undefined;
});

type Case = LedgerRecordByKind['mediationCase'];
const party = (name: string) => ({ partyId: 'p1', role: 'applicant' as const, kind: 'person' as const, name });

async function foundNames(open: OpenedStore, search: string): Promise<string[]> {
  const page = await open.ledger.list('mediationCase', { pageSize: 500, search });
  expect(page.partialSearch).toBeUndefined();
  return page.rows.map((row) => row.parties[0]?.name ?? '');
}

/** Records as the replication reports them: stored documents with RxDB's revision. */
async function storedCases(open: OpenedStore, count: number): Promise<Case[]> {
  const drafts = Array.from({ length: count }, (_, i) => mediationDraft({ parties: [party(`欧阳${i}号`)], personal: { parties: [{ partyId: 'p1' }] } }));
  expect((await open.ledger.createMany('mediationCase', drafts, actor)).saved).toBe(count);
  // As on a device that never had these records: no words yet.
  await searchWordsOf(open.database).clear();
  const docs = await open.database.mediationCase.find().exec();
  return docs.map((doc) => doc.toMutableJSON());
}

/** Calls that touch the words database (an empty write or removal touches nothing). */
function countTokenCalls(open: OpenedStore) {
  const words = searchWordsOf(open.database);
  const spies = { reads: [vi.spyOn(words, 'all'), vi.spyOn(words, 'lookup'), vi.spyOn(words, 'exact')], writes: vi.spyOn(words, 'put'), removes: vi.spyOn(words, 'remove') };
  const real = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([rows]) => !Array.isArray(rows) || rows.length > 0).length;
  return {
    reads: () => spies.reads.reduce((sum, spy) => sum + spy.mock.calls.length, 0),
    writes: () => real(spies.writes),
    removes: () => real(spies.removes),
  };
}

const wordsOf = async (open: OpenedStore, id: string) =>
  ((await searchWordsOf(open.database).all()).find((row) => row.id === id)?.keys ?? []).map(tokenOfKey).sort();
const wordCount = async (open: OpenedStore) => (await searchWordsOf(open.database).all()).reduce((sum, row) => sum + row.keys.length, 0);
const wantedCount = (cases: Case[]) => cases.flatMap((record) => wordsRowOf('mediationCase', record).keys).length;

describe('search words of pulled records', () => {
  it('[C8] a batch of records new to this device is indexed with one token write and no reads', async () => {
    store = await openTestStore();
    await store.searchIndex.settled;
    const cases = await storedCases(store, 120);
    const errors: unknown[] = [];
    const keeper = createTokenKeeper(store.database, (error) => errors.push(error));
    const calls = countTokenCalls(store);
    // RxDB reports a pulled batch document by document; the first write on a device has revision height 1.
    for (const record of cases) keeper.add('mediationCase', [{ ...record, _rev: `1-pulled${record.id.slice(-4)}` }]);
    await keeper.flush();
    expect(errors).toEqual([]);
    expect(calls.reads()).toBe(0);
    expect(calls.writes()).toBe(1);
    expect(calls.removes()).toBe(0);
    expect(await foundNames(store, '欧阳7号')).toEqual(['欧阳7号']);
    expect((await foundNames(store, '欧阳')).length).toBe(120);
  });

  it('[C8] changed and deleted records pulled in one batch lose their old words with one remove and one write', async () => {
    store = await openTestStore();
    await store.searchIndex.settled;
    const cases = await storedCases(store, 30);
    const keeper = createTokenKeeper(store.database, (error) => { throw error; });
    keeper.add('mediationCase', cases.map((record) => ({ ...record, _rev: '1-first' })));
    await keeper.flush();
    const calls = countTokenCalls(store);
    const renamed = cases.slice(0, 10).map((record, i) => ({ ...record, parties: [party(`司马${i}号`)], _rev: '2-renamed' }));
    const deleted = cases.slice(10, 15).map((record) => ({ ...record, _deleted: true, _rev: '2-deleted' }));
    for (const record of [...renamed, ...deleted]) keeper.add('mediationCase', [record]);
    await keeper.flush();
    expect(calls.removes()).toBe(1);
    expect(calls.writes()).toBe(1);
    expect(calls.reads()).toBe(0);
    const words = (id: string) => wordsOf(store as OpenedStore, id);
    const renamedOne = renamed[3] as Case;
    expect(await words(renamedOne.id)).toEqual(wordsRowOf('mediationCase', renamedOne).keys.map(tokenOfKey).sort());
    expect(await words(renamedOne.id)).toContain('司马3号');
    expect(await words(renamedOne.id)).not.toContain('欧阳3号');
    expect(await words((deleted[0] as Case).id)).toEqual([]);
    const untouched = cases[20] as Case;
    expect(await words(untouched.id)).toEqual(wordsRowOf('mediationCase', untouched).keys.map(tokenOfKey).sort());
  });
});

describe('a long first pull leaves the words of new records to one rebuild after it', () => {
  const pulled = (cases: Case[]) => cases.map((record) => ({ ...record, _rev: `1-pulled${record.id.slice(-4)}` }));

  it('[C8] search finds the pulled records by scanning meanwhile, and through the rebuilt index after the pull', async () => {
    store = await openTestStore();
    const cases = await storedCases(store, 120);
    const errors: unknown[] = [];
    const keeper = createTokenKeeper(store.database, (error) => errors.push(error), { firstPull: true, deferAfter: 50 });
    const calls = countTokenCalls(store);
    for (const record of pulled(cases)) keeper.add('mediationCase', [record]);
    await keeper.flush();
    expect(calls.writes()).toBe(0);
    expect(store.searchIndex.ready).toBe(false);
    expect(await foundNames(store, '欧阳7号')).toEqual(['欧阳7号']);

    keeper.firstPullDone();
    await keeper.flush();
    await store.searchIndex.settled;
    expect(errors).toEqual([]);
    expect(store.searchIndex.ready).toBe(true);
    expect(await wordCount(store)).toBe(wantedCount(cases));
    expect(await foundNames(store, '欧阳7号')).toEqual(['欧阳7号']);
  });

  it('[C8] a first pull cut off by closing the app gets its words when the store opens again', async () => {
    const name = freshName('cutpull');
    store = await openTestStore({ name });
    const cases = await storedCases(store, 60);
    const keeper = createTokenKeeper(store.database, (error) => { throw error; }, { firstPull: true, deferAfter: 10 });
    keeper.add('mediationCase', pulled(cases));
    await keeper.flush();
    await store.close();

    store = await openTestStore({ name });
    expect(store.searchIndex.ready).toBe(true);
    expect(await wordCount(store)).toBe(wantedCount(cases));
  });

  it('[C8] a first pull of few records is indexed batch by batch', async () => {
    store = await openTestStore();
    const cases = await storedCases(store, 20);
    const keeper = createTokenKeeper(store.database, (error) => { throw error; }, { firstPull: true, deferAfter: 50 });
    keeper.add('mediationCase', pulled(cases));
    await keeper.flush();
    expect(store.searchIndex.ready).toBe(true);
    expect(await foundNames(store, '欧阳7号')).toEqual(['欧阳7号']);
    keeper.firstPullDone();
    await keeper.flush();
    expect(store.searchIndex.ready).toBe(true);
  });
});
