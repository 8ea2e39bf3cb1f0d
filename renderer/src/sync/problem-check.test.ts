// [C11] 有问题的记录: a set-aside record counts while its local text still cannot be stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionName } from '#shared/domain/schemas/index';
import type { SetAsideRecord } from '#shared/sync/set-aside';
import type { OpenedStore } from '../store/open-store';
import { actor, expectSaved, mediationDraft, openTestStore } from '../store/test-support';
import type { ProblemRecord } from './contract';
import { createProblemCheck } from './problem-check';
import type { SetAsideStore } from './set-aside-store';

let store: OpenedStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(async () => {
  await store.close();
});

const setAsideOf = (ids: string[]): ReadonlyMap<CollectionName, SetAsideStore> => new Map([[
  'mediationCase',
  { records: () => Promise.resolve(new Map(ids.map((id): [string, SetAsideRecord] => [id, { paths: ['summary'], base: null, at: '2026-10-08T09:00:00.000Z' }]))) } as unknown as SetAsideStore,
]]);

describe('problem check', () => {
  it('lists a set-aside record whose text still cannot be stored, and forgets it once fixed', async () => {
    const saved = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    const doc = await store.database.mediationCase.findOne(saved.id).exec();
    await doc?.incrementalPatch({ summary: '粘贴来的\u0000文字' });
    const found: ProblemRecord[][] = [];
    const check = createProblemCheck({ db: store.database, stores: () => setAsideOf([saved.id]), found: (records) => found.push(records) });
    check.check();
    await expect.poll(() => found.length).toBe(1);
    expect(found[0]).toMatchObject([{ kind: 'mediationCase', recordId: saved.id }]);
    expect(check.has('mediationCase', saved.id)).toBe(true);

    await doc?.getLatest().incrementalPatch({ summary: '改好的文字' });
    check.check();
    await expect.poll(() => found.length).toBe(2);
    expect(found[1]).toEqual([]);
    expect(check.has('mediationCase', saved.id)).toBe(false);
  });

  it('stop() waits for the check under way; none reports after', async () => {
    const found: ProblemRecord[][] = [];
    const check = createProblemCheck({ db: store.database, stores: () => setAsideOf(['none']), found: (records) => found.push(records) });
    check.check();
    await check.stop();
    check.check();
    await check.stop();
    expect(found.length).toBeLessThanOrEqual(1);
  });
});
