import { describe, expect, it } from 'vitest';
import { createStoreHolder } from './store-holder';
import { actor, freshName, openTestStore, studyDraft } from './test-support';

describe('the store opens once per page', () => {
  it('gives every concurrent caller the same store from one open (React StrictMode runs effects twice)', async () => {
    let opens = 0;
    const name = freshName('once');
    const holder = createStoreHolder(() => {
      opens += 1;
      // The same database name twice in one page would make RxDB throw DB8.
      return openTestStore({ name });
    });
    const stores = await Promise.all([holder.get(), holder.get(), holder.get()]);
    expect(opens).toBe(1);
    expect(stores[1]).toBe(stores[0]);
    expect(stores[2]).toBe(stores[0]);
    const store = stores[0];
    expect((await store.ledger.create('studySession', studyDraft(), actor)).ok).toBe(true);
    await store.close();

    // After close the next call opens again, on the same data.
    const reopened = await holder.get();
    expect(opens).toBe(2);
    expect((await reopened.ledger.list('studySession', { pageSize: 5 })).rows).toHaveLength(1);
    await reopened.close();
  });

  it('lets a failed open be retried', async () => {
    let attempts = 0;
    const holder = createStoreHolder(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('DATA_KEY_UNAVAILABLE')) : openTestStore();
    });
    await expect(holder.get()).rejects.toThrow('DATA_KEY_UNAVAILABLE');
    const store = await holder.get();
    expect(attempts).toBe(2);
    await store.close();
  });
});
