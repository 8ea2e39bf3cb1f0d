// What a save leaves in memory once it is done: nothing of its records. RxDB keeps every change batch
// that passes through `database.$` in a module-level Map for good (rxdb 17.6 `EVENT_BULK_CACHE`), so
// one subscriber to it (the accounts' watch did, through `getLocal$`) kept every record ever written:
// 679 MB of heap after seeding 100,000 cases in the bench (decision 048).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { actor, mediationDraft, openTestStore } from '../../renderer/src/store/test-support';
import type { OpenedStore } from '../../renderer/src/store/open-store';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let store: OpenedStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('memory after saving', () => {
  it('keeps none of the saved records once the save is done, while the store stays open', async () => {
    store = await openTestStore();
    let accountChanges = 0;
    store.accounts.watch(() => { accountChanges += 1; });
    const batches: WeakRef<object>[] = [];
    const seen = store.database.eventBulks$.subscribe((bulk) => batches.push(new WeakRef(bulk)));
    const drafts = Array.from({ length: 40 }, (_, index) => mediationDraft({ receivedOn: `2026-05-${String(1 + (index % 28)).padStart(2, '0')}` }));
    const saved = await store.ledger.createMany('mediationCase', drafts, actor);
    expect(saved.saved).toBe(40);
    seen.unsubscribe();
    expect(batches.length).toBeGreaterThan(0);
    for (let round = 0; round < 3; round += 1) {
      await tick();
      collectGarbage();
    }
    expect(batches.filter((batch) => batch.deref() !== undefined)).toHaveLength(0);
    // The accounts' watch still hears its own document change.
    const made = await store.accounts.createFirstAdmin({ name: '管理员', login: 'admin', password: 'Passw0rd!2026', confirm: 'Passw0rd!2026' });
    expect(made.ok).toBe(true);
    await expect.poll(() => accountChanges).toBeGreaterThan(0);
  });
});
