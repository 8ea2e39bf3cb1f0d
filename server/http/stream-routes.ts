// GET /v1/stream: Server-Sent Events of every collection the device may read. The token goes in
// the Authorization header (never the URL), so the app reads the stream with fetch, not EventSource.
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, streamEvents, syncPaths } from '#shared/sync/index';
import { SyncFailure } from '../sync/failure';
import { sseFrame, type StreamHub } from '../sync/stream-hub';

export function registerStreamRoutes(app: FastifyInstance, hub: StreamHub): void {
  // Open streams of this app, ended before it closes (a hijacked reply would hold shutdown).
  const open = new Set<() => void>();
  app.addHook('preClose', () => {
    for (const end of open) end();
    return Promise.resolve();
  });
  // HEAD asks what GET would answer: the head at once, no subscription (rule S45). Fastify's own
  // HEAD for a GET route would run the handler below and hold a stream open without ever answering.
  app.head(syncPaths.stream, { config: { protocol: true, auth: true } }, async (_request, reply) =>
    reply.code(200).header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache, no-transform').send(),
  );
  app.get(syncPaths.stream, { config: { protocol: true, auth: true }, exposeHeadRoute: false }, async (request, reply) => {
    const device = request.device;
    if (!device) throw new SyncFailure('UNAUTHENTICATED');
    reply.hijack();
    const raw = reply.raw;
    // A hijacked reply writes its own head: carry what the hooks set (CORS above all — without it
    // the browser and app:// refuse the stream and the app never hears the server live).
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    });
    const unsubscribe = hub.subscribe({
      device,
      send: (event, data) => {
        if (!raw.writableEnded) raw.write(sseFrame(event, data));
      },
      close: () => {
        if (!raw.writableEnded) raw.end();
      },
    });
    const end = () => {
      unsubscribe();
      if (!raw.writableEnded) raw.end();
    };
    open.add(end);
    request.raw.on('close', () => {
      open.delete(end);
      unsubscribe();
    });
    request.log.info({ streams: hub.size }, 'stream opened');
    // After subscribing: the app now emits RESYNC, and nothing committed from here on is missed.
    raw.write(sseFrame(streamEvents.ready, JSON.stringify({ protocol: PROTOCOL_VERSION })));
  });
}
