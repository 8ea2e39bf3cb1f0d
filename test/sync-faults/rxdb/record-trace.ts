// What each PC of the app scenario sent, heard and wrote, kept so that a lost save can be followed
// step by step (docs/soak.md, seed 0x782cfba8): every push row with the state RxDB assumed the server
// had, every answer (conflicts, the server's own-write names), every pulled state, and every write
// to the PC's own copy with the writer RxDB names (the user's save, a pull, a conflict's merge).
// Test-only: it wraps the PC's fetch and reads the database's change events; the app is unchanged.
import { contentHash, sentHash } from '#shared/sync/content-equal';
import type { Network } from '../../sync/device';

interface Entry {
  atMs: number;
  pc: string;
  ids: readonly string[];
  text: string;
}

type Doc = Record<string, unknown>;

/**
 * A state in a few words: its summary's start, status and content fingerprint; `full` adds updatedAt and
 * both fingerprints whole (content, and sent: the one the server names in own writes, S53).
 */
export function stateInWords(doc: unknown, full = false): string {
  if (!doc || typeof doc !== 'object') return String(doc);
  const d = doc as Doc;
  if (full) return `summary ${JSON.stringify(String(d.summary).slice(0, 12))} status ${String(d.status)} updatedAt ${String(d.updatedAt)} content ${contentHash(doc)} sent ${sentHash(doc)}`;
  return `[${JSON.stringify(String(d.summary).slice(0, 9))} ${String(d.status)} ${contentHash(doc).slice(0, 8)}]`;
}

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && typeof (value as Doc).id === 'string';

export class RecordTrace {
  private readonly entries: Entry[] = [];

  constructor(private readonly t0: number) {}

  private add(pc: string, ids: readonly string[], text: string): void {
    this.entries.push({ atMs: performance.now() - this.t0, pc, ids, text });
  }

  /** `net` with its fetch traced: push rows and answers, pulled pages. */
  traceNetwork(pc: string, net: Network): Network {
    const inner = net.fetch;
    net.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const collection = /\/(mediationCase)\/(push|pull)$/.exec(url.pathname);
      if (!collection) return inner(input, init);
      const push = collection[2] === 'push';
      const rows = push && typeof init?.body === 'string' ? (JSON.parse(init.body) as { newDocumentState?: unknown; assumedMasterState?: unknown }[]) : [];
      const pushIds = rows.flatMap((row) => (isDoc(row.newDocumentState) ? [row.newDocumentState.id as string] : []));
      const call = push ? `push#${String(this.entries.length)}` : `pull ${url.searchParams.get('checkpoint') ?? ''}`;
      for (const row of rows) {
        if (!isDoc(row.newDocumentState)) continue;
        this.add(pc, [row.newDocumentState.id as string], `${call} sends ${stateInWords(row.newDocumentState)} over assumed ${row.assumedMasterState === undefined ? 'none' : stateInWords(row.assumedMasterState)}`);
      }
      let response: Response;
      try {
        response = await inner(input, init);
      } catch (error) {
        this.add(pc, pushIds, `${call} failed: ${String(error).slice(0, 80)}`);
        throw error;
      }
      void response.clone().text().then((text) => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          this.add(pc, pushIds, `${call} answer ${String(response.status)} cut or not JSON (${String(text.length)} chars)`);
          return;
        }
        if (push) {
          const conflicts = Array.isArray(body) ? body : ((body as { conflicts?: unknown[] }).conflicts ?? []);
          const own = Array.isArray(body) ? {} : ((body as { ownWrites?: Record<string, string> }).ownWrites ?? {});
          const conflicting = new Map(conflicts.filter(isDoc).map((doc) => [doc.id as string, doc]));
          for (const id of pushIds) {
            const master = conflicting.get(id);
            this.add(pc, [id], `${call} answer ${String(response.status)}: ${master ? `conflict, server has ${stateInWords(master)} own write ${String(own[id])}` : response.ok ? 'taken' : 'refused'}`);
          }
        } else {
          const docs = ((body as { documents?: unknown[] }).documents ?? []).filter(isDoc);
          for (const doc of docs) this.add(pc, [doc.id as string], `${call} → ${stateInWords(doc)} (checkpoint ${JSON.stringify((body as { checkpoint?: unknown }).checkpoint)})`);
        }
      }, (error: unknown) => this.add(pc, pushIds, `${call} answer body lost: ${String(error).slice(0, 80)}`));
      return response;
    };
    return net;
  }

  /** Every write to the PC's mediation cases, with RxDB's name for the writer. Returns the stop. */
  traceWrites(pc: string, database: { eventBulks$: { subscribe(next: (bulk: unknown) => void): { unsubscribe(): void } } }): () => void {
    const sub = database.eventBulks$.subscribe((bulk) => {
      const { collectionName, context, events } = bulk as { collectionName?: string; context?: string; events?: { documentId: string; documentData?: unknown; operation?: string }[] };
      if (collectionName !== 'mediationcase' && collectionName !== 'mediationCase') return;
      for (const event of events ?? []) this.add(pc, [event.documentId], `writes ${String(event.operation)} ${stateInWords(event.documentData)} (by ${String(context)})`);
    });
    return () => sub.unsubscribe();
  }

  /** Everything traced about record `id`, in time order. */
  of(id: string): string {
    return this.entries
      .filter((entry) => entry.ids.includes(id))
      .map((entry) => `  ${(entry.atMs / 1000).toFixed(3)} s ${entry.pc}: ${entry.text}`)
      .join('\n');
  }
}
