// The app's own sync (RxDB on fake-indexeddb, createSyncClient) under faults: township PCs and a
// county PC save records while the proxy cuts their requests and answers, the server is closed
// and restarted on the same data, and one PC is closed mid-sync and reopened. After the network
// heals, every PC must hold exactly what the server holds for it, and every save must be there.
// A failing run writes the order of its events to a file; FAULT_REPLAY=<file> runs it again in that
// order (event-order.ts).
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { sameContent } from '#shared/sync/content-equal';
import { issueEnrollmentCode } from '../../../server/auth/devices';
import { actor, expectSaved, mediationDraft } from '../../../renderer/src/store/test-support';
import type { Draft } from '#shared/domain/draft';
import type { SyncDocument } from '#shared/sync/index';
import type { Device } from '../../sync/device';
import { controllableNetwork } from '../../sync/device';
import { eventually, openDevice } from '../../sync/harness';
import type { BackendName } from '../fault-backend';
import { EventOrder, traceFile, writeRecordedRun, type RecordedRun } from '../event-order';
import { differences, Harness } from '../harness';
import { createRandom, type Random } from '../random';
import { hex } from '../seeds';
import { passAll, type Planner } from '../tcp-proxy';
import { RecordTrace, stateInWords } from './record-trace';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const streamOf = (seed: number, index: number): Random => createRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
/** Collections every PC writes or receives in this scenario (reference data is seeded locally, so left out). */
const compared = ['mediationCase', 'recordHistory'] as const;

interface Pc {
  device: Device;
  township: string | null;
  drafts: Map<string, Draft<'mediationCase'>>;
  /** Saves and the close/reopen run one after another on a PC, as one user at one app would. */
  queue: Promise<unknown>;
}

function onPc<T>(pc: Pc, task: () => Promise<T>): Promise<T> {
  const run = pc.queue.then(task, task);
  pc.queue = run.catch(() => undefined);
  return run;
}

/** Opens the PC's device with its requests and writes traced under `label`. */
async function tracedDevice(trace: RecordTrace, label: string, options: Parameters<typeof openDevice>[0]): Promise<Device> {
  const device = await openDevice({ ...options, net: trace.traceNetwork(label, controllableNetwork()) });
  const stop = trace.traceWrites(label, device.store.database);
  const close = device.close.bind(device);
  device.close = async () => {
    try {
      await close();
    } finally {
      stop();
    }
  };
  return device;
}

async function enrolledPc(harness: Harness, trace: RecordTrace, label: string, township: string | null, dbName: string): Promise<Pc> {
  const device = await tracedDevice(trace, label, { township, dbName });
  const { code } = await issueEnrollmentCode(harness.server.db, { role: township ? 'township' : 'county', townshipId: township });
  const result = await device.client.enroll({ serverUrl: harness.proxy.url, code, deviceName: dbName });
  if (!result.ok) throw new Error(`enroll failed: ${JSON.stringify(result.problem)}`);
  await device.client.awaitInitialSync();
  return { device, township, drafts: new Map(), queue: Promise.resolve() };
}

/** A local document as the server would hold it: without RxDB's own fields. */
const plain = (doc: { toJSON(): unknown }): SyncDocument => ({ ...(doc.toJSON() as SyncDocument), _deleted: false });

async function localDocs(pc: Pc, collection: string): Promise<SyncDocument[]> {
  const docs = await pc.device.store.database.collections[collection as 'mediationCase'].find().exec();
  return docs.map(plain);
}

/**
 * The app's fetch keeps connections alive, so one connection carries many requests: a cut after
 * N bytes falls somewhere in a run of pushes, pulls or the event stream on that connection.
 */
function faultyPlanner(random: Random): Planner {
  return () => {
    const roll = random.next();
    if (roll < 0.05) return { kind: 'refuse' };
    if (roll > 0.6) return { kind: 'pass' };
    return random.chance(0.5)
      ? { kind: 'cut', direction: 'up', afterBytes: random.int(0, 3_000) }
      : { kind: 'cut', direction: 'down', afterBytes: random.int(0, 8_000) };
  };
}

/** Every save of the run in order, for the report of a lost one. */
interface SaveEntry {
  pc: string;
  id: string;
  record: unknown;
  atMs: number;
}

/** One seeded save on `pc`: a new case (60 %) or a change to one of its own. */
async function randomSave(random: Random, pc: Pc, saved: Map<string, unknown>, log: SaveEntry[], label: string): Promise<void> {
  const own = [...pc.drafts.keys()];
  if (own.length === 0 || random.chance(0.6)) {
    const draft = mediationDraft({ summary: `纠纷${random.int(1, 1_000_000)}`.repeat(random.int(1, 40)) });
    const record = expectSaved(await pc.device.store.ledger.create('mediationCase', draft, actor)).record;
    pc.drafts.set(record.id, draft);
    saved.set(record.id, record);
    log.push({ pc: label, id: record.id, record, atMs: performance.now() });
  } else {
    const id = random.pick(own);
    const draft = { ...(pc.drafts.get(id) as Draft<'mediationCase'>), summary: `改${random.int(1, 1_000_000)}`, status: random.pick(['accepted', 'mediating'] as const) };
    const record = expectSaved(await pc.device.store.ledger.update('mediationCase', id, draft, actor)).record;
    pc.drafts.set(id, draft);
    saved.set(id, record);
    log.push({ pc: label, id, record, atMs: performance.now() });
  }
}


/**
 * What a lost save needs to be understood (docs/soak.md, seed 0x782cfba8): every save of the record, the
 * server's row (who wrote it, the state each device last wrote), each PC's copy and the states it keeps
 * as pushed but unanswered (C10), and the history entries the server holds for it.
 */
async function lostSaveReport(harness: Harness, pcs: Pc[], log: readonly SaveEntry[], id: string, t0: number): Promise<string> {
  const lines = [`report on ${id}:`];
  for (const entry of log.filter((e) => e.id === id)) lines.push(`  save by ${entry.pc} at ${((entry.atMs - t0) / 1000).toFixed(3)} s: ${stateInWords(entry.record, true)}`);
  // As the county reads (row-level security lets the county scope see every township).
  const asCounty = <R>(sql: string, params: unknown[]) => harness.server.db.transaction(async (tx) => {
    await tx.query("SELECT set_config('app.role', 'county', true)");
    return tx.query<R>(sql, params);
  }).catch(() => ({ rows: [] as R[] }));
  const row = await asCounty<{ seq: string; written_by: string; own_writes: unknown; body: string }>(
    'SELECT seq::text AS seq, written_by, own_writes, body::text AS body FROM documents WHERE collection = $1 AND id = $2', ['mediationCase', id],
  );
  for (const r of row.rows) lines.push(`  server: seq ${r.seq} written_by ${r.written_by} own_writes ${JSON.stringify(r.own_writes)} ${stateInWords(JSON.parse(r.body), true)}`);
  const history = await asCounty<{ body: string }>(
    "SELECT body::text AS body FROM documents WHERE collection = 'recordHistory' AND body->>'recordId' = $1 ORDER BY seq", [id],
  );
  for (const h of history.rows) {
    const entry = JSON.parse(h.body) as { at?: string; action?: string; changes?: unknown };
    lines.push(`  server history: ${String(entry.action)} at ${String(entry.at)} ${JSON.stringify(entry.changes).slice(0, 160)}`);
  }
  for (const pc of pcs) {
    const local = await pc.device.store.database.collections.mediationCase.findOne(id).exec().catch(() => null);
    const kept = await pc.device.store.database.getLocal<{ byId?: Record<string, unknown> }>('syncUnanswered|mediationCase').catch(() => null);
    const states = kept?.toJSON().data.byId?.[id];
    const keptWords = Array.isArray(states) ? states.map((s) => (typeof s === 'string' ? `content ${s}` : `content ${String((s as { content?: unknown }).content)} sent ${String((s as { sent?: unknown }).sent)}`)).join('; ') : 'none';
    lines.push(`  ${pc.device.dbName}: local ${local ? stateInWords(plain(local), true) : 'none'}; kept unanswered: ${keptWords}`);
  }
  return lines.join('\n');
}

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Writes the run's event order and names the file (with the command that replays it) in the error. */
async function withEventOrder(error: unknown, order: EventOrder, run: Omit<RecordedRun, 'events'>): Promise<Error> {
  const message = error instanceof Error ? error.message : String(error);
  const file = traceFile(repoRoot, run);
  try {
    await writeRecordedRun(file, { ...run, events: order.events });
  } catch (writeError) {
    return new Error(`${message}\n(event order not written: ${String(writeError)})`);
  }
  const diverged = order.divergences.length > 0 ? `\nreplay diverged: ${order.divergences.join('; ')}` : '';
  return new Error(`${message}${diverged}\nevent order (${String(order.events.length)} events): FAULT_REPLAY=${file} npx vitest run test/sync-faults/rxdb`);
}

/**
 * One run: `seed` draws the saves, the faults and the times; `replay` (a failing run's recorded
 * events) makes the saves, the restart and the close come in the recorded order and gives each
 * connection its recorded plan.
 */
export async function appDevicesUnderFaults(backend: BackendName, seed: number, replay?: RecordedRun): Promise<void> {
  const harness = await Harness.open(backend);
  const pcs: Pc[] = [];
  const order = replay ? EventOrder.replay(replay.events) : EventOrder.record();
  const t0 = performance.now();
  const trace = new RecordTrace(t0);
  const phase = (name: string) => console.log(`[sync-faults] app devices: ${name} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const base = `rx${seed.toString(36)}${Date.now().toString(36)}`;
    for (const [i, township] of ['suibin', 'suibin', 'zhongren'].entries()) pcs.push(await enrolledPc(harness, trace, `t${i}`, township, `${base}t${i}`));
    pcs.push(await enrolledPc(harness, trace, 'c', null, `${base}c`));
    phase('4 PCs enrolled and synced');
    const saved = new Map<string, unknown>();
    const saveLog: SaveEntry[] = [];
    const control = streamOf(seed, 1000);
    harness.proxy.setPlanner(order.planner(faultyPlanner(streamOf(seed, 1001))));
    const restartAfterMs = control.int(50, 800);
    const closeAfterMs = control.int(50, 800);

    const writers = pcs.slice(0, 3).map(async (pc, i) => {
      const random = streamOf(seed, i);
      for (let k = 0; k < 8; k++) {
        await onPc(pc, async () => {
          await order.turn('save', `t${String(i)}`);
          await randomSave(random, pc, saved, saveLog, `t${String(i)}`);
        });
        await sleep(random.int(0, 60));
      }
    });
    // In a replay the recorded order, not the time, says when the restart and the close come.
    const restart = (async () => {
      if (!order.replay) await sleep(restartAfterMs);
      await order.turn('restart', 'server');
      await harness.restartServer(control.int(0, 200));
    })();
    // PC 1 is closed in the middle of its sync and reopened on the same database.
    const reopen = (async () => {
      if (!order.replay) await sleep(closeAfterMs);
      const pc = pcs[1] as Pc;
      await order.turn('close', 't1');
      await onPc(pc, async () => {
        const { dbName, secrets } = pc.device;
        await pc.device.close();
        await order.turn('reopen', 't1');
        pc.device = await tracedDevice(trace, 't1', { township: pc.township, dbName, secrets });
      });
    })();
    await Promise.all([...writers, restart, reopen]);
    phase(`faulty phase over (proxy ${JSON.stringify(harness.proxy.stats)}, restarts ${harness.restarts}, saves ${saved.size})`);
    harness.proxy.setPlanner(passAll);
    for (const pc of pcs) pc.device.client.syncNow();

    const county = await harness.device('county', null);
    await eventually(async () => {
      for (const collection of compared) {
        const server = await harness.serverDocuments(county, collection);
        const ids = server.map((d) => d.id);
        expect(ids.length, `${collection}: a full pull lists each document once`).toBe(new Set(ids).size);
        for (const pc of pcs) {
          const visible = server.filter((d) => pc.township === null || d.townshipId === pc.township);
          const local = await localDocs(pc, collection);
          expect(local.map((d) => d.id).sort(), `${pc.device.dbName} ${collection} ids`).toEqual(visible.map((d) => d.id).sort());
          const byId = new Map(local.map((d) => [d.id, d]));
          for (const doc of visible) expect(differences(byId.get(doc.id), doc), `${pc.device.dbName} ${collection} ${doc.id}`).toEqual([]);
        }
      }
      const cases = new Map((await harness.serverDocuments(county, 'mediationCase')).map((d) => [d.id, d]));
      for (const [id, record] of saved) {
        const last = { ...(record as object), _deleted: false } as SyncDocument;
        // The fields that differ say what went wrong (a value lost, or only a derived field).
        expect(sameContent(cases.get(id), last), `last save of ${id} is on the server; differs in ${JSON.stringify(differences(cases.get(id), last))}`).toBe(true);
      }
    }, 60_000).catch(async (error: unknown) => {
      const states = pcs.map((pc) => `${pc.device.dbName}: ${JSON.stringify(pc.device.client.getStatus())}`);
      const message = error instanceof Error ? error.message : String(error);
      const lost = /last save of (\S+) is on the server/.exec(message)?.[1];
      const report = lost ? `\n${await lostSaveReport(harness, pcs, saveLog, lost, t0).catch((e: unknown) => `report failed: ${String(e)}`)}\ntrace of ${lost}:\n${trace.of(lost)}` : '';
      throw new Error(`not converged after 60 s; PC status:\n${states.join('\n')}\n${message}${report}`);
    });
    phase('converged');
    if (order.divergences.length > 0) console.log(`[sync-faults] app devices: replay diverged: ${order.divergences.join('; ')}`);
  } catch (error) {
    throw await withEventOrder(error, order, { scenario: 'app', seed: hex(seed), backend });
  } finally {
    await Promise.all(pcs.map((pc) => pc.device.close().catch(() => undefined)));
    phase('PCs closed');
    await harness.close();
  }
}
