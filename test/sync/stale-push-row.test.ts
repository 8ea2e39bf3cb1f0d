// [C13] issue 13, seed 0xbde65f68: a PC that only ever received a case pushed its first copy back over
// another PC's later edit, and the server took it (the state the push assumed was the server's). RxDB's
// upstream had read the local changes while the copy was the first one; a pull then wrote the edit and
// noted it as the server's; the push went with the old copy and the new assumed state. Here the read
// is held (as a slow disk would) until the pull has landed, so the order is the soak's, every time.
import { getChangedDocumentsSince } from 'rxdb';
import { describe, expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import { actor, expectSaved, mediationDraft } from '../../renderer/src/store/test-support';
import { controllableNetwork, type Device, type Network } from './device';
import { eventually, openDevice, serverWithCounty } from './harness';

const PUSH = 'POST /v1/collections/mediationCase/push';
const clock = () => new Date();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const world = serverWithCounty();

async function township(net: Network, deviceName: string): Promise<Device> {
  const device = await openDevice({ township: 'suibin', net, clock });
  const enrolled = await device.client.enroll({ serverUrl: world.test.url, code: await world.test.code('township', 'suibin'), deviceName });
  if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.problem));
  await device.client.awaitInitialSync();
  return device;
}

/** The case's summary as the server's database holds it now (read in the county's scope). */
async function serverSummary(id: string): Promise<unknown> {
  const result = await world.test.server.db.transaction(async (tx) => {
    await tx.query("SELECT set_config('app.role', 'county', true)");
    return tx.query<{ summary: string }>("SELECT body->>'summary' AS summary FROM documents WHERE collection = 'mediationCase' AND id = $1", [id]);
  });
  return result.rows[0]?.summary;
}

const summaryOn = async (device: Device, id: string) => (await device.store.ledger.get('mediationCase', id))?.summary;

/**
 * Once armed, holds the upstream's next read of local changes that holds record `id` with `summary`
 * until `release()`. RxDB reads them through its helper (the storage has no method of its own for it); the
 * upstream reads in batches of 500, the 待同步 count in batches of 200 (never held).
 */
function holdUpstreamRead(device: Device, id: string, summary: string) {
  type Changes = { documents: { id: string; summary?: string }[]; checkpoint: unknown };
  const storage = device.store.database.collections.mediationCase.storageInstance as unknown as Record<string, unknown>;
  // The helper's own way, on a view of the storage without this override.
  const plain = Object.create(storage, { getChangedDocumentsSince: { value: undefined } }) as typeof storage;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const state = { armed: false, held: false, release };
  storage.getChangedDocumentsSince = async (limit: number, checkpoint: unknown) => {
    const result = (await getChangedDocumentsSince(plain as never, limit, checkpoint as never)) as unknown as Changes;
    if (state.armed && !state.held && limit === 500 && result.documents.some((doc) => doc.id === id && doc.summary === summary)) {
      state.held = true;
      await released;
    }
    return result;
  };
  return state;
}

/** A network that records, for every mediation-case row the device pushes, its id, summary and assumed summary. */
function pushRecording(): Network & { pushed: { id: string; summary: unknown; over: unknown }[] } {
  const net = Object.assign(controllableNetwork(), { pushed: [] as { id: string; summary: unknown; over: unknown }[] });
  const send = net.fetch;
  net.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (`${init?.method ?? 'GET'} ${url.pathname}` === PUSH && typeof init?.body === 'string') {
      for (const row of JSON.parse(init.body) as { newDocumentState: { id: string; summary?: unknown }; assumedMasterState?: { summary?: unknown } }[]) {
        net.pushed.push({ id: row.newDocumentState.id, summary: row.newDocumentState.summary, over: row.assumedMasterState?.summary });
      }
    }
    return send(input, init);
  };
  return net;
}

describe('[C13] a push row older than the record', () => {
  it('issue 13, seed 0xbde65f68 — a PC never pushes its received first copy back over the other PC\'s edit a pull brought meanwhile', async () => {
    const a = await township(controllableNetwork(), '甲机');
    let net = controllableNetwork();
    let b = await township(net, '乙机');
    try {
      // B has a case of its own waiting to be pushed, and is closed before A creates the shared one.
      net.cut();
      expectSaved(await b.store.ledger.create('mediationCase', mediationDraft({ summary: '乙机自己的案件' }), actor));
      const { dbName, secrets } = b;
      await b.close();
      const created = expectSaved(await a.store.ledger.create('mediationCase', mediationDraft({ summary: '甲机新建', status: 'accepted' }), actor)).record;
      await eventually(async () => expect(await summaryOn(world.county, created.id)).toBe('甲机新建'));

      // B opens again; its push (of its own case) hangs, its first pull brings A's case.
      const recording = pushRecording();
      net = recording;
      net.hold = (call) => call.startsWith(PUSH);
      b = await openDevice({ township: 'suibin', dbName, secrets, net, clock });
      await eventually(async () => expect(await summaryOn(b, created.id)).toBe('甲机新建'));
      await eventually(() => expect(net.held.length).toBeGreaterThan(0));

      // A edits the case while B's push hangs: B's pull of the edit waits for its upstream to be idle.
      const current = await a.store.ledger.get('mediationCase', created.id);
      expectSaved(await a.store.ledger.update('mediationCase', created.id, { ...(current as unknown as Draft<'mediationCase'>), summary: '甲机修改', status: 'mediating' }, actor));
      await eventually(async () => expect(await summaryOn(world.county, created.id)).toBe('甲机修改'));
      await sleep(300);

      // The push goes through; B's upstream then reads its local changes again, still finding the first
      // copy, and is slow about it (held), while its pull brings A's edit.
      const read = holdUpstreamRead(b, created.id, '甲机新建');
      read.armed = true;
      net.release();
      await eventually(() => expect(read.held).toBe(true));
      await eventually(async () => expect(await summaryOn(b, created.id)).toBe('甲机修改'));
      // …and notes it as the server's (RxDB writes that right after the copy).
      await sleep(300);
      read.release();

      // Whatever B's upstream does with the old copy, A's edit stays everywhere: on the server as B
      // finished, and on every PC once they are all in step again.
      b.client.syncNow();
      await eventually(() => expect(b.client.getStatus()).toMatchObject({ phase: 'idle', waiting: 0 }));
      expect(await serverSummary(created.id)).toBe('甲机修改');
      a.client.syncNow();
      world.county.client.syncNow();
      for (const device of [world.county, a, b]) {
        await eventually(async () => expect(await summaryOn(device, created.id)).toBe('甲机修改'));
      }
      // B never edited the case: nothing of it is ever pushed from B.
      expect(recording.pushed.filter((row) => row.id === created.id)).toEqual([]);
      expect(await b.client.conflicts()).toEqual([]);
      expect(await a.client.conflicts()).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
