// A request that needs no token (enrollment, unknown paths) must deliver its whole body within
// `ms` (rule S41): otherwise anyone could hold a connection open for minutes by trickling a body.
// Authenticated routes refuse a bad token before reading the body and close the connection;
// with a good token the server-wide requestTimeout bounds the body instead.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { syncError } from '#shared/sync/index';

const sendsBody = (request: FastifyRequest): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

export function registerUnauthenticatedBodyDeadline(app: FastifyInstance, ms: number): void {
  const deadlines = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  const clear = (request: FastifyRequest) => {
    clearTimeout(deadlines.get(request));
    deadlines.delete(request);
  };
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.auth || !sendsBody(request)) return;
    const timer = setTimeout(() => {
      deadlines.delete(request);
      if (reply.sent) return;
      request.log.info({ code: 'REQUEST_TIMEOUT' }, 'request refused');
      // The rest of the body will never be read: close the connection once the answer is out.
      reply.raw.once('finish', () => request.raw.socket?.destroy());
      void reply.code(408).header('connection', 'close').send(syncError('REQUEST_TIMEOUT'));
    }, ms);
    timer.unref();
    deadlines.set(request, timer);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    clear(request);
    done();
  });
  app.addHook('onResponse', (request, _reply, done) => {
    clear(request);
    done();
  });
}
