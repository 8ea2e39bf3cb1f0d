// Reads GET /v1/stream over a real port with fetch (the way the app will), collecting events.
import type { TaizhangServer } from '../server';
import { syncPaths } from '#shared/sync/index';
import type { TestDevice } from './client';

export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface TestStream {
  status: number;
  events: StreamEvent[];
  /** Resolves with the first event (already received or future) that matches. */
  waitFor(match: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves once the server ended the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function listenOnLoopback(server: TaizhangServer): Promise<string> {
  if (!server.app.server.listening) await server.app.listen({ host: '127.0.0.1', port: 0 });
  const address = server.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function openStream(baseUrl: string, device: TestDevice | { headers: Record<string, string> }): Promise<TestStream> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}${syncPaths.stream}`, { headers: device.headers, signal: abort.signal });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = [...frame.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join('\n');
          if (event) events.push({ event, data: JSON.parse(data) as unknown });
          notify();
        }
      }
    } catch {
      // aborted by close()
    }
    notify();
  })();
  return {
    status: response.status,
    events,
    ended,
    close: () => abort.abort(),
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching stream event; got ${JSON.stringify(events.map((e) => e.event))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
