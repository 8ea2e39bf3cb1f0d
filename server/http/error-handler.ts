// Every failure leaves as {code, message, details?} with a Chinese message (docs/design.md §7.4). Fastify's
// own errors (bad JSON, body too large, wrong content type, rate limit) are translated here.
// Bodies are never logged: they carry personal data.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { syncError, type SyncErrorCode } from '#shared/sync/index';
import { SyncFailure } from '../sync/failure';

function fastifyErrorCode(error: FastifyError): SyncErrorCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'INVALID_JSON';
    default:
      break;
  }
  if (error.statusCode === 429) return 'RATE_LIMITED';
  if (error instanceof SyntaxError && error.statusCode === 400) return 'INVALID_JSON';
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode === 400) return 'INVALID_REQUEST';
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Refused before its body was read (bad token, missing header): Node would keep the connection
    // to drain the body, however slowly it trickles in. Close it once the answer is out (S41).
    if (!request.raw.complete) void reply.header('connection', 'close');
    if (error instanceof SyncFailure) {
      request.log.info({ code: error.body.code, status: error.status }, 'request refused');
      return reply.code(error.status).send(error.body);
    }
    const code = fastifyErrorCode(error);
    if (code) {
      const body = syncError(code);
      request.log.info({ code, fastifyCode: error.code }, 'request refused');
      return reply.code(code === 'RATE_LIMITED' ? 429 : (error.statusCode ?? 400)).send(body);
    }
    // Log the error's name, code and stack only: messages of database errors may quote values.
    request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'request failed');
    return reply.code(500).send(syncError('INTERNAL'));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(syncError('NOT_FOUND')));
}

/**
 * Errors the router raises before any route or hook (a path segment over 100 characters, a broken
 * %-escape): Fastify would answer in its own shape and echo the path; answer in ours instead.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const code: SyncErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'NOT_FOUND' : 'INVALID_REQUEST';
  request.log.info({ code, fastifyCode: error.code }, 'request refused');
  void reply.code(code === 'NOT_FOUND' ? 404 : 400).send(syncError(code));
}
