import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { AppStore, ListQuery } from './contract';
import { expectSaved, actor, mediationDraft, officerDraft, openTestStore, studyDraft, enforcementDraft } from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

/** 25 cases received on 25 different days, created in a shuffled order. */
async function seedMediation(open: AppStore) {
  const order = [13, 2, 25, 7, 19, 1, 24, 11, 5, 16, 22, 9, 3, 18, 12, 21, 6, 15, 4, 23, 10, 17, 8, 14, 20];
  for (const n of order) {
    const status = n % 3 === 0 ? 'succeeded' : 'accepted';
    const disputeType = n % 2 === 0 ? 'neighbour' : 'family';
    const name = n === 7 ? '曾小贤' : `当事人${n}`;
    expectSaved(await open.ledger.create('mediationCase', mediationDraft({
      receivedOn: day(n), status, disputeType,
      parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name }],
      personal: { parties: [{ partyId: 'p1' }] },
    }), actor));
  }
}

async function allPages<K extends LedgerKind>(open: AppStore, kind: K, query: Omit<ListQuery, 'after'>) {
  const pages = [];
  let after: string | undefined;
  do {
    const page = await open.ledger.list(kind, { ...query, ...(after ? { after } : {}) });
    pages.push(page);
    after = page.nextCursor;
  } while (after);
  return pages;
}

describe('list', () => {
  it('pages newest first through three pages with a keyset cursor; the total is counted apart (decision 047)', async () => {
    store = await openTestStore();
    await seedMediation(store);
    const pages = await allPages(store, 'mediationCase', { pageSize: 10 });
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.total)).toEqual([undefined, undefined, undefined]);
    expect(await store.ledger.count('mediationCase', {})).toBe(25);
    expect(await store.ledger.count('mediationCase', { trashed: true })).toBe(0);
    expect(pages[2]?.nextCursor).toBeUndefined();
    const dates = pages.flatMap((page) => page.rows.map((row) => row.receivedOn));
    expect(dates).toEqual(Array.from({ length: 25 }, (_, i) => day(25 - i)));
  });

  it('filters by each indexed field: status and dispute type', async () => {
    store = await openTestStore();
    await seedMediation(store);
    const succeeded = await store.ledger.list('mediationCase', { pageSize: 50, filter: { field: 'status', value: 'succeeded' } });
    expect(succeeded.rows.map((row) => row.receivedOn)).toEqual([24, 21, 18, 15, 12, 9, 6, 3].map(day));
    expect(await store.ledger.count('mediationCase', { filter: { field: 'status', value: 'succeeded' } })).toBe(8);
    const family = await store.ledger.list('mediationCase', { pageSize: 5, filter: { field: 'disputeType', value: 'family' } });
    expect(family.rows.map((row) => row.receivedOn)).toEqual([25, 23, 21, 19, 17].map(day));
    expect(await store.ledger.count('mediationCase', { filter: { field: 'disputeType', value: 'family' } })).toBe(13);
    const township = await store.ledger.list('mediationCase', { pageSize: 5, filter: { field: 'townshipId', value: 'zhongren' } });
    expect(township.rows).toEqual([]);
  });

  it('filters study sessions by kind and enforcement cases by stage and category', async () => {
    store = await openTestStore();
    const open = store;
    await open.ledger.create('studySession', studyDraft({ kind: 'officerTraining', heldOn: '2026-02-01' }), actor);
    await open.ledger.create('studySession', studyDraft({ kind: 'preMeeting', heldOn: '2026-02-02' }), actor);
    await open.ledger.create('enforcementCase', enforcementDraft({ category: 'inspection', stages: { filedOn: '2026-04-01' } }), actor);
    await open.ledger.create('enforcementCase', enforcementDraft({ stages: { filedOn: '2026-04-02', decidedOn: '2026-04-20' } }), actor);
    const training = await open.ledger.list('studySession', { pageSize: 10, filter: { field: 'kind', value: 'officerTraining' } });
    expect(training.rows.map((row) => row.heldOn)).toEqual(['2026-02-01']);
    const decided = await open.ledger.list('enforcementCase', { pageSize: 10, filter: { field: 'stage', value: 'decided' } });
    expect(decided.rows.map((row) => row.stages.filedOn)).toEqual(['2026-04-02']);
    const inspections = await open.ledger.list('enforcementCase', { pageSize: 10, filter: { field: 'category', value: 'inspection' } });
    expect(inspections.rows.map((row) => row.stages.filedOn)).toEqual(['2026-04-01']);
  });

  it('refuses a filter on a field no index covers', async () => {
    store = await openTestStore();
    await expect(store.ledger.list('mediationCase', { pageSize: 10, filter: { field: 'committee', value: 'x' } })).rejects.toThrow(/LIST_FILTER_UNSUPPORTED/);
  });

  it('keeps an inclusive date range, also combined with a filter and across pages', async () => {
    store = await openTestStore();
    await seedMediation(store);
    const range = await allPages(store, 'mediationCase', { pageSize: 3, from: day(5), to: day(12) });
    expect(range.flatMap((page) => page.rows.map((row) => row.receivedOn))).toEqual([12, 11, 10, 9, 8, 7, 6, 5].map(day));
    expect(await store.ledger.count('mediationCase', { from: day(5), to: day(12) })).toBe(8);
    const filtered = await store.ledger.list('mediationCase', { pageSize: 10, from: day(5), to: day(12), filter: { field: 'status', value: 'succeeded' } });
    expect(filtered.rows.map((row) => row.receivedOn)).toEqual([12, 9, 6].map(day));
    expect(await store.ledger.count('mediationCase', { from: day(5), to: day(12), filter: { field: 'status', value: 'succeeded' } })).toBe(3);
    // A search is not counted apart: its page says how many it found.
    expect(await store.ledger.count('mediationCase', { search: '曾小贤' })).toBeUndefined();
  });

  it('finds by name and by pinyin initials, pages a search, and counts what the search index found', async () => {
    store = await openTestStore();
    await seedMediation(store);
    const byName = await store.ledger.list('mediationCase', { pageSize: 10, search: '曾小贤' });
    expect(byName.rows.map((row) => row.receivedOn)).toEqual([day(7)]);
    expect(byName.total).toBe(1);
    const byInitials = await store.ledger.list('mediationCase', { pageSize: 10, search: 'ZXX' });
    expect(byInitials.rows.map((row) => row.receivedOn)).toEqual([day(7)]);
    const byNumber = await store.ledger.list('mediationCase', { pageSize: 10, search: '调字第3号' });
    expect(byNumber.rows).toHaveLength(1);
    const many = await allPages(store, 'mediationCase', { pageSize: 4, search: '当事人1' });
    // 当事人1 and 当事人10 … 当事人19: eleven names, newest first.
    expect(many.flatMap((page) => page.rows.map((row) => row.receivedOn))).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 1].map(day));
    const regexChars = await store.ledger.list('mediationCase', { pageSize: 10, search: '.*' });
    expect(regexChars.rows).toEqual([]);
  });

  it('lists officers by the certificate that runs out soonest', async () => {
    store = await openTestStore();
    for (const expires of ['2028-01-01', '2026-07-01', '2027-03-01']) {
      await store.ledger.create('officer', officerDraft({ certificateExpiresOn: expires }), actor);
    }
    const page = await store.ledger.list('officer', { pageSize: 10 });
    expect(page.rows.map((row) => row.certificateExpiresOn)).toEqual(['2026-07-01', '2027-03-01', '2028-01-01']);
  });
});

describe('watch', () => {
  it('tells an open list of a save and of a deletion of its kind, and of nothing in other ledgers', async () => {
    const open = await openTestStore();
    store = open;
    const told: string[] = [];
    const stopMediation = open.ledger.watch('mediationCase', () => told.push('mediationCase'));
    const stopStudy = open.ledger.watch('studySession', () => told.push('studySession'));
    const saved = expectSaved(await open.ledger.create('mediationCase', mediationDraft(), actor));
    await expect.poll(() => told).toEqual(['mediationCase']);
    stopStudy();
    await open.ledger.trash('mediationCase', saved.record.id, actor);
    await expect.poll(() => told.length).toBe(2);
    stopMediation();
    expectSaved(await open.ledger.create('mediationCase', mediationDraft(), actor));
    expectSaved(await open.ledger.create('studySession', studyDraft(), actor));
    expect(told).toEqual(['mediationCase', 'mediationCase']);
  });
});
