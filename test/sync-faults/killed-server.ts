// (f) The server process is SIGKILLed while devices push and pull, and started again on the
// same PGlite folder or PostgreSQL database. After the restart, before any device is let
// back in, every state a device had heard from the server (a push answered 200, a conflict's
// master, a pulled page) must still be there or have been overtaken by a later write: that is
// the durability promise. Then the devices finish, converge, and the usual end check runs.
import { expect } from 'vitest';
import { sameContent } from '#shared/sync/content-equal';
import { syncPaths, type SyncDocument } from '#shared/sync/index';
import type { BackendName } from './fault-backend';
import { expectConverged, Intent, settle } from './harness';
import { httpJson } from './http-json';
import { ProcessHarness } from './process-harness';
import { streamOf } from './raw-scenarios';
import { tolerant } from './raw-replica';
import { randomWrite, sharedCase, writer, type Writer } from './workload';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Intent that also keeps every state each own document went through, in order. */
class RecordingIntent extends Intent {
  readonly history = new Map<string, SyncDocument[]>();

  override wrote(doc: SyncDocument): void {
    super.wrote(doc);
    this.history.set(doc.id, [...(this.history.get(doc.id) ?? []), doc]);
  }
}

interface Heard {
  device: string;
  /** The device's master states: what the server told it it holds. */
  masters: Map<string, SyncDocument>;
}

/**
 * Problems (empty when durable): a document a device heard of is gone, or holds an older state
 * than the one heard. Own documents have one writer, so "not older" is "at or after it in that
 * writer's history"; on the shared case names only ever join, so it is "every name heard is there".
 */
function durabilityProblems(server: SyncDocument[], heard: Heard[], intent: RecordingIntent): { problems: string[]; checked: number } {
  const byId = new Map(server.map((d) => [d.id, d]));
  const problems: string[] = [];
  let checked = 0;
  for (const { device, masters } of heard) {
    for (const [id, state] of masters) {
      checked += 1;
      const now = byId.get(id);
      if (!now) {
        problems.push(`${id}: ${device} heard it from the server, the restarted server does not have it`);
      } else if (intent.sharedAdds.has(id)) {
        const names = new Set((now.mediators ?? []) as string[]);
        const lost = ((state.mediators ?? []) as string[]).filter((m) => !names.has(m));
        if (lost.length > 0) problems.push(`${id}: names ${lost.join(', ')} that ${device} heard are gone`);
      } else {
        const states = intent.history.get(id) ?? [];
        const heardAt = states.findIndex((s) => sameContent(s, state));
        const nowAt = states.findLastIndex((s) => sameContent(s, now));
        if (heardAt < 0 || nowAt < heardAt) problems.push(`${id}: ${device} heard write #${heardAt + 1}, the restarted server holds #${nowAt + 1}`);
      }
    }
  }
  return { problems, checked };
}

export async function serverKilledMidSync(backend: BackendName, seed: number): Promise<void> {
  const t0 = performance.now();
  const harness = await ProcessHarness.open(backend);
  const at = (label: string) => console.log(`[sync-faults] (f) ${label} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    at('server process up');
    const county = await harness.device('county', null, '县司法局');
    const intent = new RecordingIntent();
    // Real township codes: issue-code refuses any other (S46).
    const townships = ['xinfu', 'fuxing'];
    const writers: Writer[] = [];
    for (const t of townships) {
      for (let i = 0; i < 3; i++) writers.push(writer(await harness.replica(`${t}-d${i}`, t), t));
      // The township's shared case, which every device adds names to (so pushes conflict and merge).
      const first = writers.at(-3) as Writer;
      const created = await httpJson(`${harness.url('direct')}${syncPaths.push('mediationCase')}`, { method: 'POST', headers: first.replica.headers, body: JSON.stringify([{ newDocumentState: sharedCase(t) }]) });
      expect(created.status).toBe(200);
      intent.sharedAdds.set(sharedCase(t).id, new Set());
    }
    harness.routes.push = 'direct';
    harness.routes.pull = 'direct';
    for (const w of writers) await w.replica.syncRetrying();
    harness.routes.push = 'proxy';
    harness.routes.pull = 'proxy';
    at('7 devices enrolled and synced');

    const control = streamOf(seed, 1000);
    // Kill 0–40 ms after the n-th request has reached the proxy: inside someone's push or pull.
    // One kill per run (each process start costs seconds); every run draws a new moment.
    const n = control.int(5, 60);
    const delayMs = control.int(0, 40);
    let killing = true;
    const killer = (async () => {
      try {
        while (harness.proxy.stats.connections < n) await sleep(2);
        await sleep(delayMs);
        const { inFlight } = await harness.kill();
        // Answers already read by a device are taken in; the rest were cut with the server.
        await sleep(20);
        const heard = writers.map((w) => ({ device: w.replica.name, masters: new Map(w.replica.state.masters) }));
        const restartMs = await harness.restart();
        const { problems, checked } = durabilityProblems(await harness.serverDocuments(county), heard, intent);
        at(`SIGKILL ${delayMs} ms after request ${n} began, ${inFlight} requests in flight; up again after ${(restartMs / 1000).toFixed(1)} s; ${checked} states devices had heard, checked`);
        expect(problems, 'after SIGKILL and restart, every state the server had acknowledged is still there').toEqual([]);
        harness.admitDevices();
      } finally {
        killing = false;
      }
    })();
    const working = writers.map(async (w, i) => {
      const random = streamOf(seed, i);
      // Eight rounds of writes, then sync only, until the kill and its check are over.
      for (let round = 0; round < 8 || killing; round++) {
        if (round < 8) for (let k = random.int(1, 4); k > 0; k--) randomWrite(random, w, intent);
        const synced = await tolerant(w.replica, () => w.replica.syncOnce());
        // While the server is down, back off as the app does instead of spinning.
        await sleep(synced === undefined ? 100 : random.int(0, 30));
      }
    });
    await Promise.all([killer, ...working]);
    expect(harness.restarts, 'the server was killed and restarted').toBe(1);
    const failures = writers.reduce((n, w) => n + w.replica.counters.networkFailures, 0);
    at(`faulty phase over: proxy ${JSON.stringify(harness.proxy.stats)}, failed requests seen by devices ${failures}`);

    const replicas = writers.map((w) => w.replica);
    await settle(replicas);
    await expectConverged(harness, county, replicas, intent, (r) => r.name.split('-')[0] ?? '');
    at('converged');
  } finally {
    await harness.close();
  }
}
