// The one live connection to the county server (GET /v1/stream, SSE read through fetch) shared by
// every collection: `change` events go to their collection, `ready` and `resync` make every
// collection re-pull from its checkpoint ('RESYNC'). A dropped or silent connection is reopened
// through the retry gate (backoff), and the reopened stream's `ready` resyncs what was missed.
import { streamEvents, syncPaths, type StreamChange, type SyncError } from '#shared/sync/index';
import type { SyncHttp } from './server-api';
import { describeServerError, SyncRequestError } from './problems';
import { createSseParser } from './sse-parser';
import { SyncStoppedError, type RetryGate } from './backoff';

export interface EventStreamDeps {
  http: SyncHttp;
  gate: RetryGate;
  onChange(change: StreamChange): void;
  /** Every collection should pull from its checkpoint now. */
  onResync(): void;
  /** The server ended the stream for a reason (e.g. DEVICE_REVOKED). */
  onFatal(error: SyncRequestError): void;
  onConnected(connected: boolean): void;
  /** No byte for this long (keep-alives come every 15 s) = a dead connection. */
  idleMs: number;
}

export interface EventStream {
  close(): void;
}

export function openEventStream(deps: EventStreamDeps): EventStream {
  let closed = false;
  let current: AbortController | undefined;

  async function readOnce(): Promise<void> {
    const abort = new AbortController();
    current = abort;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const armIdle = () => {
      if (idle !== undefined) clearTimeout(idle);
      idle = setTimeout(() => abort.abort(), deps.idleMs);
    };
    try {
      armIdle();
      const response = await deps.http.stream(syncPaths.stream, abort.signal);
      if (!response.body) throw new Error('stream without body');
      deps.onConnected(true);
      const parser = createSseParser();
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        armIdle();
        for (const event of parser.feed(decoder.decode(value, { stream: true }))) dispatch(event.event, event.data);
        if (closed) break;
      }
    } finally {
      if (idle !== undefined) clearTimeout(idle);
      abort.abort();
      deps.onConnected(false);
    }
  }

  function dispatch(event: string, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return; // not ours to understand; the periodic resync covers anything missed
    }
    if (event === streamEvents.ready || event === streamEvents.resync) deps.onResync();
    else if (event === streamEvents.change) deps.onChange(payload as StreamChange);
    else if (event === streamEvents.error) {
      const problem = describeServerError(payload as Partial<SyncError>, 401);
      deps.gate.block(problem);
      deps.onFatal(new SyncRequestError(problem, 'fatal', 401));
    }
  }

  void (async () => {
    while (!closed) {
      try {
        await readOnce();
        // The server ended the stream (restart, revocation): wait a little before reopening.
        if (!closed) deps.gate.failed();
      } catch (error) {
        if (error instanceof SyncStoppedError) return;
        // Transient and fatal request failures already moved the gate; a refusal, an aborted or broken body did not.
        const moved = error instanceof SyncRequestError && error.kind !== 'refused';
        if (!moved && !closed) deps.gate.failed();
      }
    }
  })();

  return {
    close() {
      closed = true;
      current?.abort();
    },
  };
}
