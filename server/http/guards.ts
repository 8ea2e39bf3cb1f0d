// Request guards, in order: protocol version, then device token. A too-old app is told to
// update before anything else happens; a revoked token is refused on its very next request.
// An address that keeps failing is refused before any lookup (rule S42); a connection that
// showed a valid token stops counting as unauthenticated (rule S41).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/sync/index';
import { authenticateToken } from '../auth/devices';
import type { Database } from '../db/database';
import { SyncFailure } from '../sync/failure';
import type { FailedAuthLimiter } from './failed-auth';
import type { UnauthenticatedConnections } from './unauthenticated-connections';

function checkProtocol(request: FastifyRequest): void {
  const header = request.headers[PROTOCOL_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') throw new SyncFailure('PROTOCOL_REQUIRED');
  if (!/^\d{1,6}$/.test(value)) throw new SyncFailure('PROTOCOL_REQUIRED');
  const version = Number(value);
  if (version < MIN_PROTOCOL_VERSION) throw new SyncFailure('CLIENT_TOO_OLD', { clientProtocol: version, minProtocol: MIN_PROTOCOL_VERSION });
  if (version > PROTOCOL_VERSION) throw new SyncFailure('SERVER_TOO_OLD', { clientProtocol: version, serverProtocol: PROTOCOL_VERSION });
  request.protocolVersion = version;
}

const bearer = (request: FastifyRequest): string | undefined => {
  const match = /^Bearer\s+(\S{1,200})$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
};

/** Refuses an address over its failed-authentication limit, before any database lookup. */
export function checkFailedAuth(request: FastifyRequest, failedAuth: FailedAuthLimiter): void {
  const waitMs = failedAuth.blockedFor(request.ip);
  if (waitMs > 0) throw new SyncFailure('TOO_MANY_FAILED_ATTEMPTS', { retryAfterSeconds: Math.ceil(waitMs / 1000) });
}

export interface GuardDeps {
  db: Database;
  failedAuth: FailedAuthLimiter;
  connections: UnauthenticatedConnections;
}

export function registerGuards(app: FastifyInstance, { db, failedAuth, connections }: GuardDeps): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
    const config = request.routeOptions.config;
    if (config.protocol) checkProtocol(request);
    if (!config.auth) return;
    checkFailedAuth(request, failedAuth);
    const token = bearer(request);
    const result = token ? await authenticateToken(db, token) : { refused: 'UNAUTHENTICATED' as const };
    if ('refused' in result) {
      // A revoked token is a real one, not a guess: only unknown tokens count.
      if (result.refused === 'UNAUTHENTICATED') failedAuth.recordFailure(request.ip);
      throw new SyncFailure(result.refused);
    }
    connections.vouch(request.raw.socket);
    request.device = result.device;
    request.log = request.log.child({ deviceId: result.device.id });
  });
}
