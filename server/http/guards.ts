// Request guards, in order: protocol version, then device token. A too-old app is told to
// update before anything else happens; a revoked token is refused on its very next request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/sync/index';
import { authenticateToken } from '../auth/devices';
import type { Database } from '../db/database';
import { SyncFailure } from '../sync/failure';

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

export function registerGuards(app: FastifyInstance, db: Database): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
    const config = request.routeOptions.config;
    if (config.protocol) checkProtocol(request);
    if (!config.auth) return;
    const token = bearer(request);
    if (!token) throw new SyncFailure('UNAUTHENTICATED');
    const result = await authenticateToken(db, token);
    if ('refused' in result) throw new SyncFailure(result.refused);
    request.device = result.device;
    request.log = request.log.child({ deviceId: result.device.id });
  });
}
