// Holds a search and an ID lookup to index ranges — the search words' multiEntry index, RxDB's
// planner for the bounded scan's counts — so a refactor cannot turn them back into a read of every
// record (100,000 rows: tens of seconds in Chromium).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idHashToken } from '#shared/domain/derive/search-terms';
import { createDatabase, type TaizhangDatabase } from './database';
import { searchWordsOf, wordKey, type SearchWordsRow } from './search-words';
import { DATA_KEY, freshName } from './test-support';

let db: TaizhangDatabase;
beforeAll(async () => {
  db = await createDatabase({ name: freshName('tokenplan'), password: DATA_KEY, indexedDb: { indexedDB, IDBKeyRange }, multiInstance: false });
});
afterAll(async () => {
  await db.close();
});

const row = (id: string, kind: SearchWordsRow['kind'], trashed: boolean, tokens: string[], newestFirstKey = `k-${id}`): SearchWordsRow =>
  ({ id, kind, trashed, newestFirstKey, keys: tokens.map((token) => wordKey(kind, trashed, token)) });

describe('search words are looked up on their multiEntry index', () => {
  it('an exact word and a word prefix are one index range of one kind and state, in word then record order, up to the limit', async () => {
    const words = searchWordsOf(db);
    await words.put([
      row('r3', 'mediationCase', false, ['张三', 'zs', idHashToken('a'.repeat(64))]),
      row('r1', 'mediationCase', false, ['张三丰', 'zsf']),
      row('r2', 'mediationCase', true, ['张三']),
      row('r4', 'officer', false, ['张三']),
      row('r5', 'mediationCase', false, ['李四', 'ls']),
    ]);
    expect(await words.lookup('mediationCase', false, '张三', 10)).toEqual([
      { id: 'r3', newestFirstKey: 'k-r3' }, { id: 'r1', newestFirstKey: 'k-r1' },
    ]);
    expect((await words.lookup('mediationCase', false, 'zs', 10)).map((match) => match.id)).toEqual(['r3', 'r1']);
    expect((await words.lookup('mediationCase', false, 'zs', 1)).map((match) => match.id)).toEqual(['r3']);
    expect((await words.lookup('mediationCase', true, '张', 10)).map((match) => match.id)).toEqual(['r2']);
    expect((await words.lookup('officer', false, '张', 10)).map((match) => match.id)).toEqual(['r4']);
    expect((await words.exact('mediationCase', false, idHashToken('a'.repeat(64)))).map((match) => match.id)).toEqual(['r3']);
    expect(await words.exact('mediationCase', false, '张')).toEqual([]);
  });

  it('an edit replaces a record\'s words whole, by its id; a removal takes them all', async () => {
    const words = searchWordsOf(db);
    await words.put([row('e1', 'studySession', false, ['宪法', '民法典'])]);
    await words.put([row('e1', 'studySession', true, ['宪法'])]);
    expect(await words.lookup('studySession', false, '宪', 10)).toEqual([]);
    expect((await words.lookup('studySession', true, '宪', 10)).map((match) => match.id)).toEqual(['e1']);
    expect(await words.lookup('studySession', true, '民', 10)).toEqual([]);
    await words.remove(['e1']);
    expect(await words.lookup('studySession', true, '宪', 10)).toEqual([]);
  });

  it('counts the rows a bounded scan may read without reading them', () => {
    const selector = { trashed: false, status: 'accepted' as const, newestFirstKey: { $gt: '7973', $lte: '79739\uffff' } };
    const plan = db.mediationCase.count({ selector }).getPreparedQuery().queryPlan;
    expect(plan.selectorSatisfiedByIndex).toBe(true);
  });
});
