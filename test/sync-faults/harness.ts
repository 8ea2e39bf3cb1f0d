// One fault scenario's world: a restartable county server, the fault proxy in front of it,
// devices enrolled on it, and the ledger of what every device meant to write, against which
// the end state is checked.
import { expect } from 'vitest';
import { enroll, type TestDevice } from '../../server/testing/client';
import { sameContent } from '#shared/sync/content-equal';
import { syncPaths, type DeviceRole, type SyncDocument } from '#shared/sync/index';
import { openFaultBackend, type BackendName, type FaultBackend, type RunningServer } from './fault-backend';
import { httpJson } from './http-json';
import { RawReplica } from './raw-replica';
import { passAll, startTcpProxy, type TcpProxy } from './tcp-proxy';

export type Route = 'proxy' | 'direct';

export type DeviceHandle = TestDevice;

export class Harness {
  /** Where devices send pushes and pulls; scenarios flip these between phases. */
  readonly routes: { push: Route; pull: Route } = { push: 'proxy', pull: 'proxy' };
  restarts = 0;

  private constructor(
    readonly backend: FaultBackend,
    private running: RunningServer,
    readonly proxy: TcpProxy,
  ) {}

  static async open(name: BackendName): Promise<Harness> {
    const backend = await openFaultBackend(name);
    const running = await backend.start();
    const proxy = await startTcpProxy(running.port);
    return new Harness(backend, running, proxy);
  }

  get server() {
    return this.running.server;
  }

  url(route: Route): string {
    return route === 'proxy' ? this.proxy.url : this.running.url;
  }

  async device(role: DeviceRole, townshipId: string | null, name = '测试电脑'): Promise<DeviceHandle> {
    return enroll(this.running.server, role, townshipId, name);
  }

  async replica(name: string, townshipId: string): Promise<RawReplica> {
    const device = await this.device('township', townshipId, name);
    return new RawReplica(name, device.headers, { push: () => this.url(this.routes.push), pull: () => this.url(this.routes.pull) });
  }

  /** Closes the server while devices are mid-request, then starts it again on the same data. */
  async restartServer(downMs = 0): Promise<void> {
    const old = this.running;
    this.proxy.cutAll();
    await this.backend.stop(old);
    if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
    this.running = await this.backend.start();
    this.proxy.setTarget(this.running.port);
    this.restarts += 1;
  }

  /** Every document of the collection as the county pulls it from the start, directly. */
  serverDocuments(county: DeviceHandle, collection = 'mediationCase'): Promise<SyncDocument[]> {
    return serverDocuments(this.running.url, county, collection);
  }

  async close(): Promise<void> {
    const t0 = performance.now();
    this.proxy.setPlanner(passAll);
    await this.proxy.close();
    const t1 = performance.now();
    await this.backend.stop(this.running);
    const t2 = performance.now();
    await this.backend.destroy();
    if (process.env.FAULT_VERBOSE) console.log(`[sync-faults] harness closed: proxy ${(t1 - t0).toFixed(0)} ms, server ${(t2 - t1).toFixed(0)} ms, data ${(performance.now() - t2).toFixed(0)} ms`);
  }
}

/** Every document of the collection as the county pulls it from the server at `baseUrl`, from the start. */
export async function serverDocuments(baseUrl: string, county: DeviceHandle, collection = 'mediationCase'): Promise<SyncDocument[]> {
  const documents: SyncDocument[] = [];
  let checkpoint = 0;
  for (;;) {
    const answer = await httpJson(`${baseUrl}${syncPaths.pull(collection)}?checkpoint=${checkpoint}&batchSize=1000`, { method: 'GET', headers: county.headers });
    expect(answer.status).toBe(200);
    const page = JSON.parse(answer.body) as { documents: SyncDocument[]; checkpoint: { seq: number } };
    documents.push(...page.documents);
    checkpoint = page.checkpoint.seq;
    if (page.documents.length < 1000) return documents;
  }
}

/** What the devices meant: the last write of each device's own records, and names added to shared ones. */
export class Intent {
  readonly own = new Map<string, SyncDocument>();
  readonly sharedAdds = new Map<string, Set<string>>();

  wrote(doc: SyncDocument): void {
    this.own.set(doc.id, doc);
  }

  added(sharedId: string, name: string): void {
    const names = this.sharedAdds.get(sharedId) ?? new Set<string>();
    names.add(name);
    this.sharedAdds.set(sharedId, names);
  }
}

/** Top-level fields whose values differ, as 'field: a → b' lines (short, for failure messages). */
export function differences(a: SyncDocument | undefined, b: SyncDocument | undefined): string[] {
  if (!a || !b) return [`${a ? 'present' : 'missing'} → ${b ? 'present' : 'missing'}`];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const short = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 40);
  return keys.filter((k) => !sameContent({ v: a[k] }, { v: b[k] })).map((k) => `${k}: ${short(a[k])} → ${short(b[k])}`);
}

/** Syncs every replica (no faults) until one whole round moves nothing: all have seen all. */
export async function settle(replicas: RawReplica[]): Promise<void> {
  for (let round = 0; round < 20; round++) {
    let moved = 0;
    for (const replica of replicas) {
      const { pushed, pulled } = await replica.syncRetrying();
      moved += pushed + pulled;
    }
    if (moved === 0) return;
  }
  throw new Error('replicas did not settle in 20 rounds');
}

/**
 * The end of every scenario: the server holds each id once, exactly what was meant (nothing lost,
 * nothing extra), and every replica equals what the server shows its township.
 */
export async function expectConverged(harness: Pick<Harness, 'serverDocuments'>, county: DeviceHandle, replicas: RawReplica[], intent: Intent, townshipOf: (r: RawReplica) => string): Promise<void> {
  const server = await harness.serverDocuments(county);
  const ids = server.map((d) => d.id);
  expect(ids.length, 'a full pull lists each document once').toBe(new Set(ids).size);
  const byId = new Map(server.map((d) => [d.id, d]));
  const meant = new Set([...intent.own.keys(), ...intent.sharedAdds.keys()]);
  expect([...byId.keys()].sort(), 'the server holds exactly the documents written: none lost, none extra').toEqual([...meant].sort());
  for (const [id, doc] of intent.own) {
    expect(differences(byId.get(id), doc), `server copy of ${id} is its writer's last version (fields: server → meant)`).toEqual([]);
  }
  for (const [id, names] of intent.sharedAdds) {
    const mediators = (byId.get(id)?.mediators ?? []) as string[];
    expect(mediators.filter((m) => names.has(m)).sort(), `every name added to shared ${id} survived the merges`).toEqual([...names].sort());
  }
  for (const replica of replicas) {
    const township = townshipOf(replica);
    const visible = server.filter((d) => d.townshipId === township);
    const local = [...replica.state.docs.values()];
    expect(local.map((d) => d.id).sort(), `${replica.name} holds its township's documents, no more`).toEqual(visible.map((d) => d.id).sort());
    for (const doc of visible) expect(sameContent(replica.get(doc.id), doc), `${replica.name}'s copy of ${doc.id} equals the server's`).toBe(true);
    expect(replica.state.dirty.size, `${replica.name} has nothing left to push`).toBe(0);
  }
}
