// Holds RxDB's query planner to the index each list shape must use, so a schema or query
// refactor cannot silently turn a list into a full scan (100,000 rows ≈ 1–2 s in Chromium).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerKinds, type LedgerKind } from '#shared/domain/schemas/index';
import type { ListQuery } from './contract';
import { createDatabase, type TaizhangDatabase } from './database';
import { filterableFields, planListQuery } from './list-query';
import { DATA_KEY, freshName } from './test-support';

let db: TaizhangDatabase;
beforeAll(async () => {
  db = await createDatabase({ name: freshName('plan'), password: DATA_KEY, indexedDb: { indexedDB, IDBKeyRange }, multiInstance: false });
});
afterAll(async () => {
  await db.close();
});

const someValue: Record<string, string> = {
  status: 'active', disputeType: 'neighbour', kind: 'preMeeting', stage: 'decided', category: 'penalty', townshipId: 'suibin',
};

function shapes(kind: LedgerKind): { name: string; query: ListQuery }[] {
  const base: { name: string; query: ListQuery }[] = [
    { name: 'all', query: { pageSize: 20 } },
    { name: 'recycle bin', query: { pageSize: 20, trashed: true } },
    { name: 'next page', query: { pageSize: 20, after: '79739' } },
    { name: 'date range', query: { pageSize: 20, from: '2026-01-01', to: '2026-12-31' } },
    { name: 'date range, next page', query: { pageSize: 20, from: '2026-01-01', to: '2026-12-31', after: '79738' } },
    { name: 'search', query: { pageSize: 20, search: 'zs' } },
  ];
  const filtered = filterableFields(kind).flatMap((field) => {
    const filter = { field, value: someValue[field] ?? 'x' };
    return [
      { name: `filter ${field}`, query: { pageSize: 20, filter } },
      { name: `filter ${field}, date range, next page`, query: { pageSize: 20, filter, from: '2026-01-01', to: '2026-06-30', after: '7973' } },
      { name: `filter ${field}, search`, query: { pageSize: 20, filter, search: '张' } },
    ];
  });
  return [...base, ...filtered];
}

describe('list queries run on an ascending index that matches their sort', () => {
  it('offers every filter the schemas index', () => {
    expect(filterableFields('mediationCase')).toEqual(['status', 'disputeType', 'townshipId']);
    expect(filterableFields('studySession')).toEqual(['kind', 'townshipId']);
    expect(filterableFields('enforcementCase')).toEqual(['stage', 'category', 'townshipId']);
    expect(filterableFields('officer')).toEqual(['status', 'townshipId']);
    expect(filterableFields('caseReview')).toEqual(['townshipId']);
  });

  for (const kind of ledgerKinds) {
    for (const { name, query } of shapes(kind)) {
      it(`${kind}: ${name}`, () => {
        const plan = planListQuery(kind, query);
        const collection = db[kind];
        const pagePlan = collection.find(plan.page).getPreparedQuery().queryPlan;
        expect(pagePlan.index).toEqual(['_deleted', ...plan.index, 'id']);
        // Read in index order and stop at the limit: no in-memory sort of the whole range.
        expect(pagePlan.sortSatisfiedByIndex).toBe(true);
        expect(pagePlan.selectorSatisfiedByIndex).toBe(!query.search);
        expect(plan.page.sort).toEqual([{ newestFirstKey: 'asc' }]);
        expect(plan.page.skip).toBeUndefined();
        if (query.search) {
          expect(plan.count).toBeUndefined();
        } else {
          const countPlan = collection.count(plan.count).getPreparedQuery().queryPlan;
          expect(countPlan.selectorSatisfiedByIndex).toBe(true);
        }
      });
    }
  }
});
