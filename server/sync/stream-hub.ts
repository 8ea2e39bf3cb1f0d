// Live stream fan-out. Every write transaction NOTIFYs {collection, highest seq} at commit; the
// hub (one per server instance, LISTENing on the shared database) reads the new range once and
// sends each open stream only the documents its device may read. Because seq order is commit
// order per collection, the range (last sent, notified] is complete when the notice arrives.
import { streamEvents, syncError } from '#shared/sync/index';
import type { Database } from '../db/database';
import { DOCUMENTS_CHANNEL, type DocumentsNotice, type DocumentStore, type StoredDocument } from './document-store';
import { mayRead, type DeviceIdentity } from './rights';

export interface StreamSubscriber {
  device: DeviceIdentity;
  /** Writes one SSE event (or a comment when event is undefined). */
  send(event: string | undefined, data: string): void;
  close(): void;
}

export interface StreamHubOptions {
  keepaliveMs: number;
  isDeviceActive(deviceId: string): Promise<boolean>;
  onError(error: unknown): void;
}

export const sseFrame = (event: string | undefined, data: string): string =>
  event === undefined ? `: ${data}\n\n` : `event: ${event}\n${data.split(/\r?\n/).map((line) => `data: ${line}`).join('\n')}\n\n`;

export class StreamHub {
  private readonly subscribers = new Set<StreamSubscriber>();
  private cursors = new Map<string, number>();
  /** Notices are handled one after another, so events leave in commit order. */
  private queue: Promise<void> = Promise.resolve();
  private unlisten: (() => Promise<void>) | undefined;
  private keepalive: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: DocumentStore,
    private readonly options: StreamHubOptions,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(DOCUMENTS_CHANNEL, (payload) => this.enqueue(() => this.onNotice(payload)), () =>
      this.enqueue(() => this.resyncAll()),
    );
    // Listening first, then reading where we are: a write committed in between is either in
    // the read or arrives as a notice after it (and an already-covered range is skipped).
    this.enqueue(async () => {
      this.cursors = await this.store.latestSeqs();
    });
    await this.queue;
    this.keepalive = setInterval(() => this.enqueue(() => this.checkSubscribers()), this.options.keepaliveMs);
  }

  subscribe(subscriber: StreamSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** Ends every open stream (shutdown) and stops listening. */
  async stop(): Promise<void> {
    if (this.keepalive) clearInterval(this.keepalive);
    for (const subscriber of this.subscribers) subscriber.close();
    this.subscribers.clear();
    await this.unlisten?.();
    await this.queue;
  }

  /** Resolves when every notice received so far has been handled (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => this.options.onError(error));
  }

  private async onNotice(payload: string): Promise<void> {
    const notice = JSON.parse(payload) as DocumentsNotice;
    const from = this.cursors.get(notice.c) ?? 0;
    if (notice.s <= from) return;
    this.cursors.set(notice.c, notice.s);
    // No open stream: nobody to send the range to (a stream opened later starts with `ready` and pulls).
    if (this.subscribers.size === 0) return;
    let documents: StoredDocument[];
    try {
      documents = await this.store.range(notice.c, from, notice.s);
    } catch (error) {
      this.options.onError(error);
      this.broadcastResync();
      return;
    }
    for (const subscriber of this.subscribers) {
      const visible = documents.filter((d) => mayRead(subscriber.device, d.townshipId));
      if (visible.length === 0) continue;
      subscriber.send(
        streamEvents.change,
        `{"collection":${JSON.stringify(notice.c)},"documents":[${visible.map((d) => d.body).join(',')}],"checkpoint":{"seq":${notice.s}}}`,
      );
    }
  }

  private async resyncAll(): Promise<void> {
    this.cursors = await this.store.latestSeqs();
    this.broadcastResync();
  }

  private broadcastResync(): void {
    for (const subscriber of this.subscribers) subscriber.send(streamEvents.resync, '{}');
  }

  /** Keep-alive for proxies, and a revoked device's stream ends within one interval. */
  private async checkSubscribers(): Promise<void> {
    for (const subscriber of [...this.subscribers]) {
      if (await this.options.isDeviceActive(subscriber.device.id)) {
        subscriber.send(undefined, 'keepalive');
      } else {
        subscriber.send(streamEvents.error, JSON.stringify(syncError('DEVICE_REVOKED')));
        this.subscribers.delete(subscriber);
        subscriber.close();
      }
    }
  }
}
