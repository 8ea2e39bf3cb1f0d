// The HTTP application: guards, limits, routes. Built from its dependencies so tests run the
// very same app on PGlite or PostgreSQL through inject() or a real port.
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { CollectionName } from '#shared/domain/schemas/index';
import { fieldsAddedIn, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, syncPaths, type FieldsAdded, type HealthResponse } from '#shared/sync/index';
import type { CaseNumberReservations } from '../case-numbers/reserve-store';
import type { Database } from '../db/database';
import type { DocumentStore } from '../sync/document-store';
import type { StreamHub } from '../sync/stream-hub';
import type { DocumentValidator } from '../sync/validate';
import { registerCaseNumberRoutes } from './case-number-routes';
import { registerCors } from './cors';
import { registerEnrollRoutes } from './enroll-routes';
import { frameworkErrors, registerErrorHandling } from './error-handler';
import { registerFileRoutes } from './file-routes';
import { registerGuards } from './guards';
import { registerReplicationRoutes } from './replication-routes';
import { registerStreamRoutes } from './stream-routes';
import './types';

export interface AppLimits {
  /** Requests per device per minute. */
  requestsPerMinute: number;
  /** Enrollment attempts per address per minute. */
  enrollPerMinute: number;
}

export const defaultLimits: AppLimits = { requestsPerMinute: 1200, enrollPerMinute: 10 };

export interface AppDeps {
  db: Database;
  store: DocumentStore;
  hub: StreamHub;
  caseNumbers: CaseNumberReservations;
  validators: Record<CollectionName, DocumentValidator>;
  /** Fields each protocol version added; `fieldsAddedIn` unless a test passes its own. */
  fieldsAdded?: Readonly<Record<number, FieldsAdded>>;
  limits?: AppLimits;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits = deps.limits ?? defaultLimits;
  const app = Fastify({
    logger: deps.logger ?? false,
    // Enrollment and pulls are small; push raises its own limit to syncLimits.maxBodyBytes.
    bodyLimit: 64 * 1024,
    // A stream or slow client must not hold shutdown forever.
    forceCloseConnections: true,
    frameworkErrors,
  });
  registerErrorHandling(app);
  await registerCors(app);
  registerGuards(app, deps.db);
  await app.register(rateLimit, {
    global: true,
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    // After the guards, so the key is the device: a whole township behind one NAT address
    // shares no limit, and a device cannot dodge its limit by changing address.
    hook: 'preHandler',
    keyGenerator: (request) => (request.device ? `device:${request.device.id}` : `ip:${request.ip}`),
  });

  app.get(syncPaths.health, async (): Promise<HealthResponse> => {
    await deps.db.query('SELECT 1');
    return { status: 'ok', protocol: PROTOCOL_VERSION, minProtocol: MIN_PROTOCOL_VERSION, database: deps.db.kind };
  });
  registerEnrollRoutes(app, deps.db, limits.enrollPerMinute);
  registerReplicationRoutes(app, deps.store, deps.validators, deps.fieldsAdded ?? fieldsAddedIn);
  registerStreamRoutes(app, deps.hub);
  await registerFileRoutes(app, deps.db);
  registerCaseNumberRoutes(app, deps.caseNumbers);
  return app;
}
