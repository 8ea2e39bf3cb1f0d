// [C12] Collision entries: one open entry per record and finding PC; entries kept from before
// collisions synced are adopted (record's township, this PC) before they are pushed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaMigrations } from '#shared/domain/schemas/migrations';
import type { OpenedStore } from '../store/open-store';
import { actor, expectSaved, mediationDraft, openTestStore } from '../store/test-support';
import { adoptEarlierConflicts, listOpenConflicts, recordCollisions } from './conflict-store';

let store: OpenedStore;
beforeEach(async () => {
  store = await openTestStore({ township: 'zhongren' });
});
afterEach(async () => {
  await store.close();
});

const pcA = { deviceId: 'dev-a', deviceName: '忠仁镇司法所-1' };
const pcB = { deviceId: 'dev-b', deviceName: '忠仁镇司法所-2' };
const at = '2026-12-07T01:00:00.000Z';

describe('[C12] collision entries', () => {
  it('a later collision on the same record joins this PC\'s open entry, never another PC\'s', async () => {
    const record = { id: 'r1', townshipId: 'zhongren', caseNumber: '〔2026〕忠仁调字第3号' };
    await recordCollisions(store.database, 'mediationCase', record, [{ field: 'summary', local: '甲', server: '乙' }], at, pcB);
    await recordCollisions(store.database, 'mediationCase', record, [{ field: 'status', local: 'succeeded', server: 'mediating' }], at, pcA);
    await recordCollisions(store.database, 'mediationCase', record, [{ field: 'summary', local: '甲二', server: '乙' }], at, pcA);
    const open = await listOpenConflicts(store.database);
    expect(open.map((c) => [c.foundOn.deviceName, c.fields.map((f) => `${f.field}=${String(f.local)}`).sort()])).toEqual([
      ['忠仁镇司法所-2', ['summary=甲']],
      ['忠仁镇司法所-1', ['status=succeeded', 'summary=甲二']],
    ]);
    const stored = await store.database.syncConflict.find().exec();
    expect(stored.map((doc) => doc.townshipId)).toEqual(['zhongren', 'zhongren']);
  });

  it('an entry migrated from version 0 gets its record\'s township and this PC, and is not left for the push to refuse', async () => {
    const saved = expectSaved(await store.ledger.create('mediationCase', mediationDraft({ summary: '旧冲突' }), actor)).record;
    const migrate = schemaMigrations.syncConflict?.[1];
    if (!migrate) throw new Error('syncConflict has no migration to version 1');
    const v0 = { id: 'old-1', kind: 'mediationCase', recordId: saved.id, title: '旧', status: 'open', detectedAt: at, fields: [{ field: 'summary', local: '"本机的"', server: '"服务器的"' }] };
    await store.database.syncConflict.insert(migrate(v0) as never);
    expect((await store.database.syncConflict.findOne('old-1').exec())?.townshipId).toBe('');
    expect(await adoptEarlierConflicts(store.database, pcA, null)).toBe(1);
    const adopted = await store.database.syncConflict.findOne('old-1').exec();
    expect(adopted?.toJSON()).toMatchObject({ townshipId: saved.townshipId, foundOn: pcA, status: 'open', fields: v0.fields });
    expect(await adoptEarlierConflicts(store.database, pcA, null)).toBe(0);
  });
});
