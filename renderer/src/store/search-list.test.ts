// Holds RxDB's query planner to the searchToken index, so a refactor cannot turn a search or an
// ID lookup back into a read of every record (100,000 rows: tens of seconds in Chromium).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idHashToken } from '#shared/domain/derive/search-terms';
import { ledgerKinds } from '#shared/domain/schemas/index';
import { createDatabase, type TaizhangDatabase } from './database';
import { tokenLookupQuery } from './search-list';
import { recordTokensQuery } from './search-token-writes';
import { DATA_KEY, freshName } from './test-support';

let db: TaizhangDatabase;
beforeAll(async () => {
  db = await createDatabase({ name: freshName('tokenplan'), password: DATA_KEY, indexedDb: { indexedDB, IDBKeyRange }, multiInstance: false });
});
afterAll(async () => {
  await db.close();
});

const tokenIndex = ['_deleted', 'kind', 'trashed', 'token', 'id'];

describe('search tokens are looked up on their index', () => {
  for (const kind of ledgerKinds) {
    it(`${kind}: an exact token and a token prefix are one index range, read in index order up to the limit`, () => {
      for (const text of ['张', 'zs', '调字第12号', idHashToken('a'.repeat(64))]) {
        const plan = db.searchToken.find(tokenLookupQuery(kind, false, text, 5001)).getPreparedQuery().queryPlan;
        expect(plan.index).toEqual(tokenIndex);
        expect(plan.selectorSatisfiedByIndex).toBe(true);
        expect(plan.sortSatisfiedByIndex).toBe(true);
      }
    });
  }

  it('reads one record\'s tokens (edit, recycle bin) on the recordId index', () => {
    const plan = db.searchToken.find(recordTokensQuery('0190f0a0-0000-7000-8000-000000000000')).getPreparedQuery().queryPlan;
    expect(plan.index).toEqual(['_deleted', 'recordId', 'id']);
    expect(plan.selectorSatisfiedByIndex).toBe(true);
    expect(plan.sortSatisfiedByIndex).toBe(true);
  });

  it('counts the rows a bounded scan may read without reading them', () => {
    const selector = { trashed: false, status: 'accepted' as const, newestFirstKey: { $gt: '7973', $lte: '79739\uffff' } };
    const plan = db.mediationCase.count({ selector }).getPreparedQuery().queryPlan;
    expect(plan.selectorSatisfiedByIndex).toBe(true);
  });
});
