// A device that speaks the sync protocol over raw HTTP the way RxDB's replication does, with
// nothing else in the way: push with assumedMasterState, pull by checkpoint, a 3-way merge on
// conflict, retry after any network failure. It tests the server alone under faults.
import { sameContent } from '#shared/sync/content-equal';
import { syncPaths, type SyncDocument } from '#shared/sync/index';
import { httpJson, NetworkFailure } from './http-json';

/** What a device keeps on disk: it survives close() and is handed to the reopened device. */
export interface ReplicaState {
  /** The device's documents as its user sees them. */
  docs: Map<string, SyncDocument>;
  /** Last server state known per document: the assumedMasterState of its next push. */
  masters: Map<string, SyncDocument>;
  /** Documents with local writes the server has not confirmed. */
  dirty: Set<string>;
  /**
   * States this device pushed without hearing the answer (cut, closed, server gone). If one of
   * them comes back as the master in a conflict, the master is the device's own earlier write,
   * not another device's: the merge must not treat its fields as someone else's edits.
   */
  inDoubt: Map<string, SyncDocument[]>;
  checkpoint: number;
}

/** Pages of 100: several pages per sync in every scenario, so cuts land between and inside them. */
const PULL_BATCH = 100;

export const emptyState = (): ReplicaState => ({ docs: new Map(), masters: new Map(), dirty: new Set(), inDoubt: new Map(), checkpoint: 0 });

/** A refusal the device must not retry as is (400/401/403/404/413…): in this suite, a server bug. */
export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`refused ${status}: ${body.slice(0, 300)}`);
  }
}

export interface ReplicaRoutes {
  /** Base URL for pushes and pulls (a proxy, or the server directly); read at each request. */
  push: () => string;
  pull: () => string;
}

export interface ReplicaCounters {
  pushes: number;
  pulls: number;
  networkFailures: number;
  serverErrors: number;
  conflicts: number;
}

/**
 * Three-way merge against the state both sides started from, as the app's conflict handler does:
 * fields only one side changed take that side; `mediators` (a list several devices add to) is
 * the union; any other field both changed keeps the device's value (the suite's writers never
 * change the same plain field of one record, so this never drops another device's edit).
 */
export function mergeRecord(base: SyncDocument | undefined, master: SyncDocument, local: SyncDocument): SyncDocument {
  const merged: Record<string, unknown> = { ...master };
  for (const key of new Set([...Object.keys(master), ...Object.keys(local)])) {
    if (base !== undefined && sameContent({ v: local[key] }, { v: base[key] })) continue;
    if (key === 'mediators' && Array.isArray(master[key]) && Array.isArray(local[key])) {
      merged[key] = [...new Set([...(master[key] as string[]), ...(local[key] as string[])])];
    } else {
      merged[key] = local[key];
    }
  }
  return merged as SyncDocument;
}

export class RawReplica {
  readonly counters: ReplicaCounters = { pushes: 0, pulls: 0, networkFailures: 0, serverErrors: 0, conflicts: 0 };
  private abort = new AbortController();

  constructor(
    readonly name: string,
    readonly headers: Record<string, string>,
    private readonly routes: ReplicaRoutes,
    readonly state: ReplicaState = emptyState(),
    readonly collection = 'mediationCase',
  ) {}

  /** A local write, as the user's save makes it. */
  write(doc: SyncDocument): void {
    this.state.docs.set(doc.id, doc);
    this.state.dirty.add(doc.id);
  }

  get(id: string): SyncDocument | undefined {
    return this.state.docs.get(id);
  }

  /** Aborts every request in flight (the app is closed); the state stays as last persisted. */
  close(): void {
    this.abort.abort(new Error('device closed'));
    this.abort = new AbortController();
  }

  /** The app started again on the same disk: a new device object over the persisted state. */
  reopen(): RawReplica {
    const next = new RawReplica(this.name, this.headers, this.routes, this.state, this.collection);
    Object.assign(next.counters, this.counters);
    return next;
  }

  private async request(method: 'GET' | 'POST', url: string, body?: string): Promise<string> {
    const answer = await httpJson(url, { method, headers: this.headers, body, signal: this.abort.signal });
    if (answer.status === 200) return answer.body;
    // 429 and 5xx: try again later, as the app does; anything else is a refusal.
    if (answer.status === 429 || answer.status >= 500) {
      this.counters.serverErrors += 1;
      throw new NetworkFailure(new Error(`HTTP ${answer.status}`));
    }
    throw new Refused(answer.status, answer.body);
  }

  /** Pushes up to `batchSize` dirty documents once; returns how many rows went. */
  async pushOnce(batchSize = 20): Promise<number> {
    const ids = [...this.state.dirty].slice(0, batchSize);
    if (ids.length === 0) return 0;
    const rows = ids.map((id) => {
      const assumed = this.state.masters.get(id);
      const current = this.state.docs.get(id) as SyncDocument;
      return assumed ? { assumedMasterState: assumed, newDocumentState: current } : { newDocumentState: current };
    });
    this.counters.pushes += 1;
    for (const row of rows) this.state.inDoubt.set(row.newDocumentState.id, [...(this.state.inDoubt.get(row.newDocumentState.id) ?? []), row.newDocumentState]);
    const body = await this.request('POST', `${this.routes.push()}${syncPaths.push(this.collection)}`, JSON.stringify(rows));
    const conflicts = new Map((JSON.parse(body) as SyncDocument[]).map((d) => [d.id, d]));
    for (const row of rows) {
      const id = row.newDocumentState.id;
      const master = conflicts.get(id);
      const ownEarlierWrite = master !== undefined && (this.state.inDoubt.get(id) ?? []).some((sent) => sameContent(sent, master));
      this.state.inDoubt.delete(id);
      if (master) {
        this.counters.conflicts += 1;
        const local = this.state.docs.get(id) as SyncDocument;
        // The master is a write of ours whose answer was lost: our current state simply follows it.
        this.state.docs.set(id, ownEarlierWrite ? local : mergeRecord(row.assumedMasterState, master, local));
        this.state.masters.set(id, master);
        continue;
      }
      this.state.masters.set(id, row.newDocumentState);
      // A write made while the push was in flight stays dirty for the next push.
      if (sameContent(this.state.docs.get(id), row.newDocumentState)) this.state.dirty.delete(id);
    }
    return rows.length;
  }

  /** Pulls one page after the checkpoint; returns how many documents came. */
  async pullOnce(batchSize = PULL_BATCH): Promise<number> {
    this.counters.pulls += 1;
    const url = `${this.routes.pull()}${syncPaths.pull(this.collection)}?checkpoint=${this.state.checkpoint}&batchSize=${batchSize}`;
    const page = JSON.parse(await this.request('GET', url)) as { documents: SyncDocument[]; checkpoint: { seq: number } };
    for (const doc of page.documents) {
      // A document with an unpushed local write is left to the push, whose conflict answer
      // carries this state (RxDB's downstream skips such documents the same way).
      if (this.state.dirty.has(doc.id)) continue;
      this.state.docs.set(doc.id, doc);
      this.state.masters.set(doc.id, doc);
    }
    this.state.checkpoint = page.checkpoint.seq;
    return page.documents.length;
  }

  /** Push everything, then pull to the end; throws NetworkFailure when the network fails on the way. */
  async syncOnce(): Promise<{ pushed: number; pulled: number }> {
    let pushed = 0;
    let pulled = 0;
    for (let sent = await this.pushOnce(); sent > 0; sent = await this.pushOnce()) pushed += sent;
    for (let got = await this.pullOnce(); ; got = await this.pullOnce()) {
      pulled += got;
      if (got < PULL_BATCH) break;
    }
    return { pushed, pulled };
  }

  /** syncOnce, retried after network failures (a Refused is rethrown at once). */
  async syncRetrying(maxAttempts = 200, pauseMs = 20): Promise<{ pushed: number; pulled: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.syncOnce();
      } catch (error) {
        if (!(error instanceof NetworkFailure) || attempt >= maxAttempts) throw error;
        this.counters.networkFailures += 1;
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    }
  }
}

/** Calls fn, counting a NetworkFailure instead of throwing it (faulty phases expect them). */
export async function tolerant<T>(replica: RawReplica, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof NetworkFailure) {
      replica.counters.networkFailures += 1;
      return undefined;
    }
    throw error;
  }
}
