// [C10] a push the server wrote but whose answer never came back (connection cut after the
// commit, the app closed before the answer): the device's later edit of the same record must win
// even where it sets a field back to the value the server had before.
import { describe, expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import { actor, expectSaved, mediationDraft } from '../../renderer/src/store/test-support';
import { controllableNetwork, type Device, type Network } from './device';
import { eventually, openDevice, serverWithCounty } from './harness';

const PUSH = 'POST /v1/collections/mediationCase/push';
const clock = () => new Date();

const world = serverWithCounty();

/** A network whose mediation-case pushes reach the server and are written, while their answers are lost. */
function losingNetwork(): Network & { loseAnswers: boolean; lost: number } {
  const net = Object.assign(controllableNetwork(), { loseAnswers: false, lost: 0 });
  const deliver = net.fetch;
  net.fetch = async (input, init) => {
    const response = await deliver(input, init);
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (net.loseAnswers && `${init?.method ?? 'GET'} ${url.pathname}` === PUSH) {
      await response.text();
      net.lost += 1;
      throw new TypeError('fetch failed');
    }
    return response;
  };
  return net;
}

/**
 * A network whose mediation-case pushes reach the server and are written, while their answers are
 * held back until `deliverLate()`: the app can be closed between the server's commit and the answer.
 */
function lateAnswerNetwork(): Network & { holdAnswers: boolean; heldAnswers: number; deliverLate(): void } {
  const waiting: (() => void)[] = [];
  const net = Object.assign(controllableNetwork(), {
    holdAnswers: false,
    heldAnswers: 0,
    deliverLate() {
      net.holdAnswers = false;
      for (const go of waiting.splice(0)) go();
    },
  });
  const deliver = net.fetch;
  net.fetch = async (input, init) => {
    const response = await deliver(input, init);
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (!net.holdAnswers || `${init?.method ?? 'GET'} ${url.pathname}` !== PUSH) return response;
    const body = await response.text();
    net.heldAnswers += 1;
    await new Promise<void>((resolve) => waiting.push(resolve));
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return net;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function township(net: Network, deviceName = '甲机'): Promise<Device> {
  const device = await openDevice({ township: 'suibin', net, clock });
  const enrolled = await device.client.enroll({ serverUrl: world.test.url, code: await world.test.code('township', 'suibin'), deviceName });
  if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.problem));
  await device.client.awaitInitialSync();
  return device;
}

async function edit(device: Device, id: string, change: Partial<Draft<'mediationCase'>>) {
  const current = await device.store.ledger.get('mediationCase', id);
  if (!current) throw new Error('record missing');
  expectSaved(await device.store.ledger.update('mediationCase', id, { ...(current as unknown as Draft<'mediationCase'>), ...change }, actor));
}

const statusOn = async (device: Device, id: string) => (await device.store.ledger.get('mediationCase', id))?.status;

/** A case at `accepted` on the device and the county; then `mediating` is written on the server but the device never hears so. */
async function pushAnswerLost(a: Device, net: ReturnType<typeof losingNetwork>, summary: string) {
  const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary, status: 'accepted' }), actor)).record;
  await eventually(async () => expect(await statusOn(world.county, saved.id)).toBe('accepted'));
  await eventually(() => expect(a.client.getStatus().waiting).toBe(0));
  net.loseAnswers = true;
  await edit(a, saved.id, { status: 'mediating' });
  // The server wrote it: the county sees it, while the device's push keeps failing.
  await eventually(async () => expect(await statusOn(world.county, saved.id)).toBe('mediating'));
  expect(net.lost).toBeGreaterThan(0);
  net.cut();
  net.loseAnswers = false;
  return saved;
}

async function expectEverywhere(a: Device, id: string, status: string) {
  await eventually(() => expect(a.client.getStatus()).toMatchObject({ phase: 'idle', waiting: 0 }));
  for (const device of [a, world.county]) {
    await eventually(async () => expect(await statusOn(device, id)).toBe(status));
  }
  expect(await a.client.conflicts()).toEqual([]);
  expect(await world.county.client.conflicts()).toEqual([]);
}

/** [C10] Once RxDB notes the server's state of the record, no state of it is kept. */
async function expectNothingKept(device: Device, id: string) {
  await eventually(async () => {
    const kept = await device.store.database.getLocal<{ byId: Record<string, string[]> }>('syncUnanswered|mediationCase');
    expect(kept?.toJSON().data.byId[id]).toBeUndefined();
  });
}

describe('a push written by the server whose answer was lost', () => {
  it('[C10] set back while offline in the same session: the retry of the same rows confirms the first write, the setting back wins', async () => {
    const net = losingNetwork();
    const a = await township(net);
    try {
      const saved = await pushAnswerLost(a, net, '同一次运行中改回');
      await edit(a, saved.id, { status: 'accepted' });
      net.restore();
      a.client.syncNow();
      await expectEverywhere(a, saved.id, 'accepted');
    } finally {
      await a.close();
    }
  });

  it('[C10] seed 0x37cd0745 — set back, app closed before the answer and opened again: the setting back wins on every PC, nothing in 冲突处理', async () => {
    const net = losingNetwork();
    let a = await township(net);
    try {
      const saved = await pushAnswerLost(a, net, '关机前改回');
      await edit(a, saved.id, { status: 'accepted' });
      const { dbName, secrets } = a;
      await a.close();
      a = await openDevice({ township: 'suibin', dbName, secrets, net, clock });
      await a.client.ready;
      net.restore();
      a.client.syncNow();
      await expectEverywhere(a, saved.id, 'accepted');
      // Confirmed: once RxDB notes the server's state, nothing is kept for the record any more.
      await expectNothingKept(a, saved.id);
    } finally {
      await a.close();
    }
  });

  it('[C10] a new case whose first push was written unanswered, edited, app closed and opened again: the edit wins, no false conflict with itself', async () => {
    const net = losingNetwork();
    let a = await township(net);
    try {
      net.loseAnswers = true;
      const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '新建后应答丢失' }), actor)).record;
      await eventually(async () => expect((await world.county.store.ledger.get('mediationCase', saved.id))?.summary).toBe('新建后应答丢失'));
      net.cut();
      net.loseAnswers = false;
      await edit(a, saved.id, { summary: '新建后又改的摘要', status: 'mediating' });
      const { dbName, secrets } = a;
      await a.close();
      a = await openDevice({ township: 'suibin', dbName, secrets, net, clock });
      await a.client.ready;
      net.restore();
      a.client.syncNow();
      await expectEverywhere(a, saved.id, 'mediating');
      for (const device of [a, world.county]) {
        await eventually(async () => expect((await device.store.ledger.get('mediationCase', saved.id))?.summary).toBe('新建后又改的摘要'));
      }
    } finally {
      await a.close();
    }
  });

  it('[C10] issue 13, seed 0x2b086712 — the answer arrives while the app is closing (after RxDB stopped, before it noted the write), edited again, opened again: the later edit wins, nothing in 冲突处理', async () => {
    const net = lateAnswerNetwork();
    let a = await township(net);
    try {
      const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '关机时应答才到', status: 'accepted' }), actor)).record;
      await eventually(async () => expect(await statusOn(world.county, saved.id)).toBe('accepted'));
      await eventually(() => expect(a.client.getStatus().waiting).toBe(0));
      net.holdAnswers = true;
      await edit(a, saved.id, { summary: '第一次修改的摘要', status: 'mediating' });
      // The server wrote the first edit: the county sees it; the device has not heard the answer.
      await eventually(async () => expect(await statusOn(world.county, saved.id)).toBe('mediating'));
      expect(net.heldAnswers).toBe(1);
      // A second edit while that push is under way: the summary changed again, the status set back.
      await edit(a, saved.id, { summary: '第二次修改的摘要', status: 'accepted' });
      // The app closes: its sync stops first (RxDB's replication cancelled), then the answer comes
      // in, then the store closes. RxDB does not note a write it hears of after it was cancelled.
      await a.client.stop();
      net.deliverLate();
      // Time for the push handler to finish with the answer before its database closes (not asserted).
      await sleep(300);
      await a.store.close();
      const { dbName, secrets } = a;
      a = await openDevice({ township: 'suibin', dbName, secrets, net, clock });
      await a.client.ready;
      a.client.syncNow();
      await expectEverywhere(a, saved.id, 'accepted');
      for (const device of [a, world.county]) {
        await eventually(async () => expect((await device.store.ledger.get('mediationCase', saved.id))?.summary).toBe('第二次修改的摘要'));
      }
      expect(a.client.getStatus().conflicts).toBe(0);
      await expectNothingKept(a, saved.id);
    } finally {
      await a.close();
    }
  });

  /** Closes A and opens it again on the same database, its sync starting over. */
  async function reopened(a: Device, net: Network): Promise<Device> {
    const { dbName, secrets } = a;
    await a.close();
    const again = await openDevice({ township: 'suibin', dbName, secrets, net, clock });
    await again.client.ready;
    return again;
  }

  const summaryOn = async (device: Device, id: string) => (await device.store.ledger.get('mediationCase', id))?.summary;

  it('[C10][S53] issue 13 — A\'s status set back while B edited the summary on top of the server\'s copy of A\'s unanswered push, A closed and opened again: no value lost, nothing in 冲突处理', async () => {
    const net = losingNetwork();
    let a = await township(net);
    const b = await township(controllableNetwork(), '乙机');
    try {
      const saved = await pushAnswerLost(a, net, '甲机原来的摘要');
      // B pulls the server's copy of A's unanswered write and edits another field on top of it.
      await eventually(async () => expect(await statusOn(b, saved.id)).toBe('mediating'));
      await edit(b, saved.id, { summary: '乙机在上面补充的摘要' });
      await eventually(async () => expect(await summaryOn(world.county, saved.id)).toBe('乙机在上面补充的摘要'));
      // A, which never heard its write land, sets the status back, and the app is closed and opened again.
      await edit(a, saved.id, { status: 'accepted' });
      // What A keeps of its unanswered write to merge against is encrypted at rest (R7).
      const kept = await a.store.database.getLocal<{ byId: Record<string, { sealed?: string }[]> }>('syncUnanswered|mediationCase');
      const copies = kept?.toJSON().data.byId[saved.id] ?? [];
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) expect(copy.sealed).toMatch(/^tz1:/);
      expect(JSON.stringify(copies)).not.toContain('甲机原来的摘要');
      a = await reopened(a, net);
      net.restore();
      a.client.syncNow();
      for (const device of [a, b, world.county]) {
        await eventually(async () => expect({ status: await statusOn(device, saved.id), summary: await summaryOn(device, saved.id) }).toEqual({ status: 'accepted', summary: '乙机在上面补充的摘要' }));
      }
      await eventually(() => expect(a.client.getStatus()).toMatchObject({ phase: 'idle', waiting: 0 }));
      for (const device of [a, b, world.county]) expect(await device.client.conflicts()).toEqual([]);
      await expectNothingKept(a, saved.id);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('[C10][S53] A set a field back while B changed that same field on top of A\'s unanswered write: a collision on every PC for an official, neither value silently lost', async () => {
    const net = losingNetwork();
    let a = await township(net);
    const b = await township(controllableNetwork(), '乙机');
    try {
      const saved = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '原来的摘要' }), actor)).record;
      await eventually(async () => expect(await summaryOn(world.county, saved.id)).toBe('原来的摘要'));
      await eventually(() => expect(a.client.getStatus().waiting).toBe(0));
      net.loseAnswers = true;
      await edit(a, saved.id, { summary: '甲机改的摘要' });
      await eventually(async () => expect(await summaryOn(world.county, saved.id)).toBe('甲机改的摘要'));
      net.cut();
      net.loseAnswers = false;
      await eventually(async () => expect(await summaryOn(b, saved.id)).toBe('甲机改的摘要'));
      await edit(b, saved.id, { summary: '乙机改的摘要' });
      await eventually(async () => expect(await summaryOn(world.county, saved.id)).toBe('乙机改的摘要'));
      await edit(a, saved.id, { summary: '原来的摘要' });
      a = await reopened(a, net);
      net.restore();
      a.client.syncNow();
      // Both changed the summary since A's write: the server's value stays and A's is kept for an official.
      for (const device of [a, b, world.county]) {
        await eventually(async () => expect(await device.client.conflicts()).toMatchObject([
          { recordId: saved.id, foundOn: { deviceName: '甲机' }, fields: [{ field: 'summary', local: '原来的摘要', server: '乙机改的摘要' }] },
        ]));
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
