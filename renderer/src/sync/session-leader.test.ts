// The leader's part: the stream opens once this tab is elected, a change resyncs its collection, stop closes it.
import { describe, expect, it, vi } from 'vitest';
import { createRetryGate } from './backoff';
import type { SyncHttp } from './server-api';
import { startLeading } from './session-leader';
import { createStatusStore } from './status';

function sseServer() {
  const signals: AbortSignal[] = [];
  const http: SyncHttp = {
    json: () => Promise.reject(new Error('not used')),
    headers: () => ({}),
    stream(_path, signal) {
      signals.push(signal);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('event: change\ndata: {"collection":"officer","checkpoint":{"seq":"1"}}\n\n'));
          signal.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      });
      return Promise.resolve(new Response(body));
    },
  };
  return { http, signals };
}

describe('session leader', () => {
  it('opens the stream only once elected, resyncs the collection a change names, and closes it on stop', async () => {
    let elect!: () => void;
    const elected = new Promise<void>((resolve) => {
      elect = resolve;
    });
    const { http, signals } = sseServer();
    const resync = vi.fn();
    const onLead = vi.fn();
    const leader = startLeading({
      db: { name: 'leader-test', multiInstance: false, waitForLeadership: () => elected.then(() => true) },
      replicationIdentifier: 'taizhang|http://county.test|d1', status: createStatusStore(), http,
      gate: createRetryGate({ initialMs: 10, maxMs: 10, factor: 1, jitter: 0 }), streamIdleMs: 10_000,
      resync, onFatal: vi.fn(), onLead, onSyncNow: vi.fn(), unconfirmedIds: () => Promise.resolve(undefined),
    });
    await Promise.resolve();
    expect(leader.leading()).toBe(false);
    expect(signals).toEqual([]);
    elect();
    await vi.waitFor(() => expect(resync).toHaveBeenCalledWith('officer'));
    expect(leader.leading()).toBe(true);
    expect(onLead).toHaveBeenCalledTimes(1);
    leader.stop();
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });
});
