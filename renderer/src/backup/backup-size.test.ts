// The backup file against the raw JSON export of the same records (issue 11: ≤ 1.2× the size), with
// their history and settings inside. The bench (backup-scenario.ts) measures it at 50,000 records.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { sealBackup } from '#shared/backup/container';
import { actor, freshName, mediationDraft, openTestStore } from '../store/test-support';
import { snapshotProfile } from './profile-snapshot';

it('a backup of 300 cases with their history is smaller than 1.2× their raw JSON', async () => {
  const store = await openTestStore({ name: freshName('size'), indexedDb: { indexedDB, IDBKeyRange } });
  try {
    const drafts = Array.from({ length: 300 }, (_, i) => mediationDraft({ summary: `第${String(i)}号纠纷：${'相邻通行、排水与院墙'.slice(0, 1 + (i % 9))}`, receivedOn: `2026-0${String(1 + (i % 5))}-1${String(i % 10)}` }));
    await store.ledger.createMany('mediationCase', drafts, actor);
    const records = (await store.database.mediationCase.find().exec()).map((doc) => doc.toJSON());
    expect(records).toHaveLength(300);
    const raw = new TextEncoder().encode(JSON.stringify(records)).byteLength;
    const file = await sealBackup(await snapshotProfile(store.database, null), { password: '备份密码12345', appVersion: '0.1.0', createdAt: new Date(), iterations: 1000 });
    expect(file.byteLength / raw).toBeLessThan(1.2);
  } finally {
    await store.close();
  }
});
