// [C11][S39] issue 8 on a real store and a real server: a record holding text the county's database
// cannot store (put into the store past the form) is kept back as 有问题的记录, and every other record
// of its kind still reaches the server; fixed, it syncs — against the server's real state, so its
// other changes survive and nothing lands in 冲突处理.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import { storedCount } from '../../server/testing/client';
import { actor, expectSaved, mediationDraft } from '../../renderer/src/store/test-support';
import type { Device } from './device';
import { enrolledDevice, eventually, startTestServer, type TestServer } from './harness';

let test: TestServer;
let county: Device;
let a: Device;
beforeAll(async () => {
  test = await startTestServer();
  county = await enrolledDevice(test, null);
  a = await enrolledDevice(test, 'suibin');
});
afterAll(async () => {
  await a.close();
  await county.close();
  await test.close();
});

const onCounty = (id: string) => county.store.ledger.get('mediationCase', id);

/** Writes straight into the device's RxDB collection, as a bug or an older version past the form could. */
async function injectSummary(device: Device, id: string, summary: string, change: Record<string, unknown> = {}) {
  const doc = await device.store.database.mediationCase.findOne(id).exec();
  if (!doc) throw new Error('record missing');
  await doc.incrementalPatch({ summary, ...change });
}

async function fix(device: Device, id: string, summary: string) {
  const current = await device.store.ledger.get('mediationCase', id);
  if (!current) throw new Error('record missing');
  expectSaved(await device.store.ledger.update('mediationCase', id, { ...(current as unknown as Draft<'mediationCase'>), summary }, actor));
}

it('[C11] a new case holding U+0000 is kept back as 有问题的记录 while the cases before and after it reach the server; fixed, it syncs', async () => {
  const stored = await storedCount(test.server, 'mediationCase');
  const before = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '之前的案件' }), actor)).record;
  const template = await a.store.database.mediationCase.findOne(before.id).exec();
  const poisonedId = `${before.id.slice(0, -4)}beef`;
  await a.store.database.mediationCase.insert({ ...template?.toJSON(), id: poisonedId, summary: '粘贴来的\u0000文字\ud800' } as never);
  const after = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '之后的案件' }), actor)).record;

  for (const id of [before.id, after.id]) await eventually(async () => expect(await onCounty(id)).toBeTruthy());
  await eventually(() => expect(a.client.getStatus().problemRecords?.map((r) => r.recordId)).toEqual([poisonedId]));
  expect(a.client.getStatus().problemRecords?.[0]?.message).toMatch(/无法保存的不可见字符.*summary/);
  expect((await a.client.recordStates('mediationCase', [poisonedId])).get(poisonedId)).toBe('problem');
  await eventually(async () => expect((await a.client.recordStates('mediationCase', [after.id])).get(after.id)).toBe('synced'));
  // The server was never asked to store it.
  expect(await onCounty(poisonedId)).toBeNull();
  expect(await storedCount(test.server, 'mediationCase')).toBe(stored + 2);

  await fix(a, poisonedId, '粘贴来的文字');
  await eventually(async () => expect((await onCounty(poisonedId))?.summary).toBe('粘贴来的文字'));
  await eventually(() => expect(a.client.getStatus().problemRecords).toBeUndefined());
  expect((await a.client.recordStates('mediationCase', [poisonedId])).get(poisonedId)).not.toBe('problem');
});

it('[C11] a synced case edited with such text (status changed too), then fixed: the server gets both changes, nothing in 冲突处理', async () => {
  const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '原摘要', status: 'accepted' }), actor)).record;
  await eventually(async () => expect((await onCounty(saved.id))?.summary).toBe('原摘要'));
  await injectSummary(a, saved.id, '改后的摘要\udc00', { status: 'mediating' });
  await eventually(() => expect(a.client.getStatus().problemRecords?.map((r) => r.recordId)).toEqual([saved.id]));
  expect((await onCounty(saved.id))?.status).toBe('accepted');

  await fix(a, saved.id, '改后的摘要');
  await eventually(async () => expect(await onCounty(saved.id)).toMatchObject({ summary: '改后的摘要', status: 'mediating' }));
  await eventually(() => expect(a.client.getStatus()).toMatchObject({ waiting: 0 }));
  expect(a.client.getStatus().problemRecords).toBeUndefined();
  expect(await a.client.conflicts()).toEqual([]);
  expect((await a.store.ledger.get('mediationCase', saved.id))?.status).toBe('mediating');
});
