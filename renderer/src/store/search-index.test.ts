// Search through the searchToken index as an official sees it: names, their start and end,
// pinyin, case numbers and their numbers find the record; the recycle bin, renames and ID
// numbers keep the index in step; an older database gets its index rebuilt.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppStore } from './contract';
import { createDatabase } from './database';
import { SEARCH_TOKEN_VERSION } from './search-token-rebuild';
import { SearchWords } from './search-words';
import { actor, DATA_KEY, enforcementDraft, expectSaved, freshName, mediationDraft, officerDraft, openTestStore, studyDraft } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const party = (name: string, partyId = 'p1') => ({ partyId, role: 'applicant' as const, kind: 'person' as const, name });

async function found(open: AppStore, search: string, trashed = false): Promise<string[]> {
  const page = await open.ledger.list('mediationCase', { pageSize: 50, search, trashed });
  return page.rows.map((row) => row.parties[0]?.name ?? '');
}

describe('search through the token index', () => {
  it('finds a party by full name, surname, full pinyin and pinyin initials, and by given name through the scan', async () => {
    store = await openTestStore();
    expectSaved(await store.ledger.create('mediationCase', mediationDraft({ parties: [party('欧阳震华')], personal: { parties: [{ partyId: 'p1' }] } }), actor));
    expectSaved(await store.ledger.create('mediationCase', mediationDraft({ parties: [party('王秀英')], personal: { parties: [{ partyId: 'p1' }] } }), actor));
    for (const search of ['欧阳震华', '欧阳', '震华', 'ouyangzhenhua', 'ouyang', 'OYZH', 'ＯＹＺＨ']) {
      expect(await found(store, search), search).toEqual(['欧阳震华']);
    }
    expect(await found(store, 'wxy')).toEqual(['王秀英']);
    expect(await found(store, '李')).toEqual([]);
  });

  it('finds a case by its number, by the part after the township, and by its sequence digits', async () => {
    store = await openTestStore();
    const drafts = Array.from({ length: 12 }, (_, i) => mediationDraft({ receivedOn: `2026-04-${String(i + 1).padStart(2, '0')}`, parties: [party(`当事人${i + 1}`)] }));
    expect((await store.ledger.createMany('mediationCase', drafts, actor)).saved).toBe(12);
    expect(await found(store, '〔2026〕绥滨调字第12号')).toEqual(['当事人12']);
    expect(await found(store, '调字第12号')).toEqual(['当事人12']);
    expect(await found(store, '绥滨调字第3号')).toEqual(['当事人3']);
    // "1" as the start of a number: 1, 10, 11 and 12, newest first.
    expect(await found(store, '第1')).toEqual(['当事人12', '当事人11', '当事人10', '当事人1']);
    expect(await found(store, '12')).toEqual(['当事人12']);
  });

  it('finds enforcement cases by a word of the matter, officers by certificate number, study sessions by topic', async () => {
    store = await openTestStore();
    expectSaved(await store.ledger.create('enforcementCase', enforcementDraft({ matter: '未经许可占道经营' }), actor));
    expectSaved(await store.ledger.create('officer', officerDraft({ certificateNumber: 'ZR2024001' }), actor));
    expectSaved(await store.ledger.create('studySession', studyDraft({ topic: '学习行政处罚法' }), actor));
    expect((await store.ledger.list('enforcementCase', { pageSize: 5, search: '占道' })).rows).toHaveLength(1);
    expect((await store.ledger.list('officer', { pageSize: 5, search: 'zr2024' })).rows).toHaveLength(1);
    expect((await store.ledger.list('studySession', { pageSize: 5, search: '处罚法' })).rows).toHaveLength(1);
    expect((await store.ledger.list('studySession', { pageSize: 5, search: '宪法' })).rows).toHaveLength(0);
  });

  it('keeps a filter and a date range on a token search, and pages it newest first', async () => {
    store = await openTestStore();
    const drafts = Array.from({ length: 9 }, (_, i) => mediationDraft({
      receivedOn: `2026-0${i + 1}-10`, status: i % 2 === 0 ? 'succeeded' : 'accepted', parties: [party(`王${'一二三四五六七八九'[i] ?? ''}`)],
    }));
    await store.ledger.createMany('mediationCase', drafts, actor);
    const first = await store.ledger.list('mediationCase', { pageSize: 2, search: '王', filter: { field: 'status', value: 'succeeded' } });
    expect(first.rows.map((row) => row.receivedOn)).toEqual(['2026-09-10', '2026-07-10']);
    const second = await store.ledger.list('mediationCase', { pageSize: 2, search: '王', filter: { field: 'status', value: 'succeeded' }, after: first.nextCursor });
    expect(second.rows.map((row) => row.receivedOn)).toEqual(['2026-05-10', '2026-03-10']);
    const ranged = await store.ledger.list('mediationCase', { pageSize: 10, search: 'w', from: '2026-02-01', to: '2026-04-30' });
    expect(ranged.rows.map((row) => row.receivedOn)).toEqual(['2026-04-10', '2026-03-10', '2026-02-10']);
    expect(ranged.total).toBe(3);
  });

  it('takes a trashed record out of search and brings it back on restore', async () => {
    store = await openTestStore();
    const record = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ parties: [party('曾小贤')], personal: { parties: [{ partyId: 'p1' }] } }), actor)).record;
    await store.ledger.trash('mediationCase', record.id, actor);
    expect(await found(store, 'zxx')).toEqual([]);
    expect(await found(store, 'zxx', true)).toEqual(['曾小贤']);
    await store.ledger.restore('mediationCase', record.id, actor);
    expect(await found(store, 'zxx')).toEqual(['曾小贤']);
    expect(await found(store, 'zxx', true)).toEqual([]);
  });

  it('finds a renamed party by the new name only', async () => {
    store = await openTestStore();
    const record = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect(await found(store, '张三')).toEqual(['张三']);
    expectSaved(await store.ledger.update('mediationCase', record.id, mediationDraft({ parties: [party('张山'), party('李四', 'p2')] }), actor));
    expect(await found(store, '张三')).toEqual([]);
    expect(await found(store, 'zhangshan')).toEqual(['张山']);
    expect(await found(store, '张山')).toEqual(['张山']);
    expect(await found(store, 'ls')).toEqual(['张山']);
  });

  it('finds by ID number through the index, and no longer once the number is removed', async () => {
    store = await openTestStore();
    const record = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect((await store.ledger.findByIdNumber('mediationCase', '23042219800101001x')).map((r) => r.id)).toEqual([record.id]);
    expectSaved(await store.ledger.update('mediationCase', record.id, mediationDraft({ personal: { parties: [{ partyId: 'p1' }, { partyId: 'p2' }] } }), actor));
    expect(await store.ledger.findByIdNumber('mediationCase', '23042219800101001X')).toEqual([]);
  });
});

describe('search when the index cannot answer', () => {
  it('scans at most the limit per request for text no token starts with, and goes on from where it stopped', async () => {
    store = await openTestStore({ searchLimits: { scanRows: 4 } });
    const drafts = Array.from({ length: 10 }, (_, i) => mediationDraft({ receivedOn: `2026-01-${String(i + 1).padStart(2, '0')}`, parties: [party(i === 0 ? '张三丰' : `李${i}`)] }));
    await store.ledger.createMany('mediationCase', drafts, actor);
    // Pinyin inside a name (zhang|sanfeng) starts no token: only the scan of searchText finds it.
    const pages = [];
    let after: string | undefined;
    do {
      const page = await store.ledger.list('mediationCase', { pageSize: 5, search: 'sanfeng', ...(after ? { after } : {}) });
      pages.push(page);
      after = page.nextCursor;
    } while (after && pages.length < 10);
    expect(pages[0]?.rows).toEqual([]);
    expect(pages[0]?.partialSearch).toMatchObject({ reason: 'scanLimit', scanned: 4, message: '已查找最近 4 条记录，点“下一页”继续查找更早的记录' });
    expect(pages.flatMap((page) => page.rows.map((row) => row.receivedOn))).toEqual(['2026-01-01']);
    expect(pages.at(-1)?.partialSearch).toBeUndefined();
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
  });

  it('keeps to the chosen dates and status across the several reads of one scan, newest first', async () => {
    store = await openTestStore({ searchLimits: { scanRows: 5, scanRead: 2 } });
    const drafts = Array.from({ length: 12 }, (_, i) => mediationDraft({
      receivedOn: `2026-02-${String(i + 1).padStart(2, '0')}`,
      status: i % 3 === 0 ? 'mediating' : 'accepted',
      parties: [party(i % 2 === 0 ? '张三丰' : '李四')],
    }));
    await store.ledger.createMany('mediationCase', drafts, actor);
    const query = { pageSize: 3, search: 'sanfeng', from: '2026-02-04', to: '2026-02-10', filter: { field: 'status', value: 'accepted' } };
    const pages = [];
    let after: string | undefined;
    do {
      const page = await store.ledger.list('mediationCase', { ...query, ...(after ? { after } : {}) });
      pages.push(page);
      after = page.nextCursor;
    } while (after && pages.length < 20);
    // 张三丰 and accepted: 3, 5, 9 and 11 February; the 3rd and the 11th lie outside the dates asked.
    expect(pages.flatMap((page) => page.rows.map((row) => row.receivedOn))).toEqual(['2026-02-09', '2026-02-05']);
    // Read two rows at a time, the scan reached the oldest date asked for within its five rows: one page, complete.
    expect(pages).toHaveLength(1);
    expect(pages[0]?.partialSearch).toBeUndefined();
  });

  it('says when a word matches more index entries than one request reads', async () => {
    store = await openTestStore({ searchLimits: { tokenRows: 3 } });
    await store.ledger.createMany('mediationCase', Array.from({ length: 5 }, (_, i) => mediationDraft({ parties: [party(`王${i}号`)] })), actor);
    const page = await store.ledger.list('mediationCase', { pageSize: 10, search: '王' });
    expect(page.rows).toHaveLength(3);
    expect(page.total).toBeUndefined();
    expect(page.partialSearch?.reason).toBe('tooManyMatches');
  });
});

describe('rebuilding the index', () => {
  it('builds the tokens of a database that has records but no index, then searches with it', async () => {
    const name = freshName('rebuild');
    store = await openTestStore({ name });
    const record = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ parties: [party('欧阳震华')], personal: { parties: [{ partyId: 'p1', idNumber: '23042219800101001X' }] } }), actor)).record;
    const trashed = expectSaved(await store.ledger.create('officer', officerDraft({ name: '吴执法' }), actor)).record;
    await store.ledger.trash('officer', trashed.id, actor);
    await store.close();

    // As a profile from before the words had their own database (or whose words were lost): no rows, no version.
    const words = new SearchWords(name, { indexedDB, IDBKeyRange });
    await words.clear();
    expect(await words.count()).toBe(0);
    words.close();

    const rebuilt = await openTestStore({ name });
    store = rebuilt;
    expect(rebuilt.searchIndex.ready).toBe(true);
    expect(await found(rebuilt, 'oyzh')).toEqual(['欧阳震华']);
    expect((await store.ledger.findByIdNumber('mediationCase', '23042219800101001X')).map((r) => r.id)).toEqual([record.id]);
    expect((await store.ledger.list('officer', { pageSize: 5, search: 'wzf', trashed: true })).rows.map((r) => r.id)).toEqual([trashed.id]);
    expect((await store.ledger.list('officer', { pageSize: 5, search: 'wzf' })).rows).toEqual([]);
  });

  it('finishes a rebuild that was interrupted, over the rows it had already written', async () => {
    const name = freshName('resume');
    store = await openTestStore({ name });
    expectSaved(await store.ledger.create('mediationCase', mediationDraft({ parties: [party('欧阳震华')], personal: { parties: [{ partyId: 'p1' }] } }), actor));
    await store.close();
    const words = new SearchWords(name, { indexedDB, IDBKeyRange });
    const rows = await words.all();
    await words.setBuiltVersion(undefined);
    words.close();

    const resumed = await openTestStore({ name });
    store = resumed;
    expect(resumed.searchIndex.ready).toBe(true);
    expect(await found(resumed, 'oyzh')).toEqual(['欧阳震华']);
    await resumed.close();
    const after = new SearchWords(name, { indexedDB, IDBKeyRange });
    expect(await after.all()).toEqual(rows);
    expect(await after.builtVersion()).toBe(SEARCH_TOKEN_VERSION);
    after.close();
    store = undefined;
  });

  it('rebuilds a profile whose words were an RxDB collection (before decision 045) and deletes that collection', async () => {
    const name = freshName('legacy');
    store = await openTestStore({ name });
    expectSaved(await store.ledger.create('mediationCase', mediationDraft({ parties: [party('欧阳震华')], personal: { parties: [{ partyId: 'p1' }] } }), actor));
    await store.close();
    // What the previous release left: the collection's database with rows, its version document, no words database.
    const legacyName = `rxdb-dexie-${name}--0--searchToken`;
    const legacy = new Dexie(legacyName, { indexedDB, IDBKeyRange });
    legacy.version(1).stores({ docs: '&id' });
    await legacy.table('docs').put({ id: 'x|欧阳震华' });
    legacy.close();
    const raw = await createDatabase({ name, password: DATA_KEY, indexedDb: { indexedDB, IDBKeyRange }, multiInstance: false });
    await raw.upsertLocal('searchTokenVersion', { version: 1 });
    await raw.close();
    const words = new SearchWords(name, { indexedDB, IDBKeyRange });
    await words.clear();
    words.close();

    const reopened = await openTestStore({ name });
    store = reopened;
    expect(reopened.searchIndex.ready).toBe(true);
    expect(await found(reopened, 'oyzh')).toEqual(['欧阳震华']);
    expect(await reopened.database.getLocal('searchTokenVersion')).toBeNull();
    await vi.waitFor(async () => expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(legacyName));
  });
});
