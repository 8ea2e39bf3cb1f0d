// The search index rebuild (decision 006; after a long first pull, pulled-tokens.ts) must stay
// linear in the number of records: a county device rebuilds 100,000 cases' words after its pull.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PreparedQuery } from 'rxdb';
import type { OpenedStore } from './open-store';
import { wordsRowOf } from './search-token-writes';
import { searchWordsOf } from './search-words';
import { rebuildSearchTokens } from './search-token-rebuild';
import { actor, mediationDraft, openTestStore } from './test-support';

let store: OpenedStore | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await store?.close();
  store = undefined;
});

const party = (name: string) => ({ partyId: 'p1', role: 'applicant' as const, kind: 'person' as const, name });

describe('rebuilding the search index', () => {
  it('writes every record\'s words chunk by chunk, each chunk read as one index range that ends it, deleted records left out', async () => {
    store = await openTestStore();
    // One bulk write: the records share their write time (RxDB's _meta.lwt), which must not matter.
    const drafts = Array.from({ length: 30 }, (_, i) => mediationDraft({ parties: [party(`欧阳${i}号`)], personal: { parties: [{ partyId: 'p1' }] } }));
    expect((await store.ledger.createMany('mediationCase', drafts, actor)).saved).toBe(30);
    const cases = (await store.database.mediationCase.find().exec()).map((doc) => doc.toMutableJSON());
    await store.database.mediationCase.findOne(cases[0]?.id ?? '').remove();
    await store.ledger.trash('mediationCase', cases[1]?.id ?? '', actor);
    cases[1] = (await store.database.mediationCase.findOne(cases[1]?.id ?? '').exec())?.toMutableJSON() ?? cases[1] as never;
    await searchWordsOf(store.database).clear();
    const query = vi.spyOn(store.database.mediationCase.storageInstance, 'query');

    expect(await rebuildSearchTokens(store.database, () => false, 7)).toBe(true);

    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const wanted = cases.slice(1).map((record) => wordsRowOf('mediationCase', record)).sort(byId);
    expect((await searchWordsOf(store.database).all()).sort(byId)).toEqual(wanted);
    // The trashed case's words are looked up in the recycle bin only.
    expect(wanted.find((row) => row.trashed)?.keys.some((key) => key.startsWith('mediationCase|1|欧阳'))).toBe(true);
    expect(query.mock.calls.length).toBeGreaterThanOrEqual(5);
    for (const [prepared] of query.mock.calls) {
      const { queryPlan } = prepared as PreparedQuery<unknown>;
      // Read in index order up to the chunk, every row read one the chunk wants.
      expect(queryPlan.sortSatisfiedByIndex && queryPlan.selectorSatisfiedByIndex).toBe(true);
    }
  });
});
