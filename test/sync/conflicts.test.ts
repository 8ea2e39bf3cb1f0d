// [C3]–[C5], [C12] two township PCs editing one case offline, and the county seeing the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import { actor, expectSaved, mediationDraft } from '../../renderer/src/store/test-support';
import type { Device } from './device';
import { enrolledDevice, eventually, startTestServer, type TestServer } from './harness';

let test: TestServer;
let a: Device;
let b: Device;
let county: Device;
beforeAll(async () => {
  test = await startTestServer();
  a = await enrolledDevice(test, 'suibin', '甲机');
  b = await enrolledDevice(test, 'suibin', '乙机');
  county = await enrolledDevice(test, null);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), county.close()]);
  await test.close();
});

const actorB = { person: '李经办', deviceId: 'device-b' };

/** A case both PCs have, then both offline. */
async function sharedCaseOffline(summary: string) {
  const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary }), actor)).record;
  await eventually(async () => expect(await b.store.ledger.get('mediationCase', saved.id)).toBeTruthy());
  await eventually(() => expect(a.client.getStatus().waiting).toBe(0));
  a.net.cut();
  b.net.cut();
  return saved;
}

async function edit(device: Device, id: string, change: Partial<Draft<'mediationCase'>>, who = actor) {
  const current = await device.store.ledger.get('mediationCase', id);
  if (!current) throw new Error('record missing');
  expectSaved(await device.store.ledger.update('mediationCase', id, { ...(current as unknown as Draft<'mediationCase'>), ...change }, who));
}

async function backOnline(device: Device) {
  device.net.restore();
  device.client.syncNow();
  await eventually(() => expect(device.client.getStatus()).toMatchObject({ phase: 'idle', waiting: 0 }));
}

describe('offline edits of one case on two PCs', () => {
  it('[C3] two devices editing different fields offline both keep their edits, on every device', async () => {
    const saved = await sharedCaseOffline('两台电脑改不同字段');
    await edit(a, saved.id, { status: 'mediating' });
    await edit(b, saved.id, { summary: '乙机补充的摘要' }, actorB);
    await backOnline(a);
    await backOnline(b);
    for (const device of [a, b, county]) {
      await eventually(async () => expect(await device.store.ledger.get('mediationCase', saved.id)).toMatchObject({ status: 'mediating', summary: '乙机补充的摘要' }));
    }
    expect(await b.client.conflicts()).toEqual([]);
  });

  it('[C4][C12] the same field changed on both: the conflict with both values is listed on both PCs and at the county, naming the PC whose push lost; all converge on the server\'s value; resolving converges on the choice and closes it everywhere', async () => {
    const saved = await sharedCaseOffline('两台电脑改同一字段');
    await edit(a, saved.id, { summary: '甲机的摘要' });
    await edit(b, saved.id, { summary: '乙机的摘要', status: 'mediating' }, actorB);
    await backOnline(a);
    await backOnline(b);

    const conflicts = await eventually(async () => {
      const open = await b.client.conflicts();
      expect(open).toHaveLength(1);
      return open;
    });
    expect(conflicts[0]).toMatchObject({ kind: 'mediationCase', recordId: saved.id, fields: [{ field: 'summary', local: '乙机的摘要', server: '甲机的摘要' }] });
    expect(b.client.getStatus().conflicts).toBe(1);
    expect((await b.client.recordStates('mediationCase', [saved.id])).get(saved.id)).toBe('conflict');
    // [C12] The other PC of the township and the county see the same entry, naming 乙机.
    for (const device of [a, county]) {
      await eventually(async () => expect(await device.client.conflicts()).toMatchObject([{ id: conflicts[0]?.id, recordId: saved.id, foundOn: { deviceName: '乙机' }, fields: [{ field: 'summary', local: '乙机的摘要', server: '甲机的摘要' }] }]));
      await eventually(() => expect(device.client.getStatus().conflicts).toBe(1));
    }
    // The county may look, not choose: the case is the township's.
    await expect(county.client.resolveConflict(conflicts[0]?.id ?? '', { summary: 'local' }, actor)).rejects.toThrow('CONFLICT_NOT_OWNED');
    // Nothing else was lost: B's other change merged, and everyone holds the server's summary meanwhile.
    for (const device of [a, b, county]) {
      await eventually(async () => expect(await device.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: '甲机的摘要', status: 'mediating' }));
    }

    await b.client.resolveConflict(conflicts[0]?.id ?? '', { summary: 'local' }, actorB);
    expect(await b.client.conflicts()).toEqual([]);
    expect(b.client.getStatus().conflicts).toBe(0);
    for (const device of [a, county]) await eventually(async () => expect(await device.client.conflicts()).toEqual([]));
    for (const device of [a, b, county]) {
      await eventually(async () => expect(await device.store.ledger.get('mediationCase', saved.id)).toMatchObject({ summary: '乙机的摘要', updatedBy: actorB }));
    }
    const history = await b.store.ledger.history(saved.id);
    expect(history.some((entry) => entry.actor.person === actorB.person && entry.changes.some((change) => change.field === 'summary' && change.after === '乙机的摘要'))).toBe(true);
    await eventually(async () => expect((await b.client.recordStates('mediationCase', [saved.id])).get(saved.id)).toBe('synced'));
  });

  it('[C5] records made offline wait (also across a restart), then reach the county once back online', async () => {
    a.net.cut();
    const made = [
      expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '离线一' }), actor)).record,
      expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '离线二' }), actor)).record,
      expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '离线三' }), actor)).record,
    ];
    const ids = made.map((record) => record.id);
    // three records (their three history entries wait too, but an official counts records)
    await eventually(() => expect(a.client.getStatus()).toMatchObject({ waiting: 3, phase: 'offline', online: false }));
    expect([...(await a.client.recordStates('mediationCase', ids)).values()]).toEqual(['waiting', 'waiting', 'waiting']);

    const { dbName, secrets, net } = a;
    await a.close();
    a = await (await import('./harness')).openDevice({ township: 'suibin', dbName, secrets, net });
    await a.client.ready;
    await eventually(() => expect(a.client.getStatus().waiting).toBe(3));

    await backOnline(a);
    expect([...(await a.client.recordStates('mediationCase', ids)).values()]).toEqual(['synced', 'synced', 'synced']);
    for (const id of ids) {
      await eventually(async () => expect(await county.store.ledger.get('mediationCase', id)).toBeTruthy());
    }
  });
});
