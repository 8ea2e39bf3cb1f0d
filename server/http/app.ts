// The HTTP application: guards, limits, routes. Built from its dependencies so tests run the
// very same app on PGlite or PostgreSQL through inject() or a real port.
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { CollectionName } from '#shared/domain/schemas/index';
import { enumValuesAddedIn, fieldsAddedIn, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, syncPaths, type FieldsAdded, type HealthResponse } from '#shared/sync/index';
import type { CaseNumberReservations } from '../case-numbers/reserve-store';
import { databaseAnswers, type LiveDatabase } from '../db/liveness';
import { SyncFailure } from '../sync/failure';
import type { DocumentStore } from '../sync/document-store';
import type { StreamHub } from '../sync/stream-hub';
import type { DocumentValidator } from '../sync/validate';
import { registerUnauthenticatedBodyDeadline } from './body-deadline';
import { registerCaseNumberRoutes } from './case-number-routes';
import { answerClientError, answerUnmetExpectation } from './client-errors';
import { registerCors } from './cors';
import { registerDeviceRoutes } from './device-routes';
import { registerEnrollRoutes } from './enroll-routes';
import { frameworkErrors, registerErrorHandling } from './error-handler';
import { FailedAuthLimiter } from './failed-auth';
import { registerFileRoutes } from './file-routes';
import { registerGuards } from './guards';
import { registerBoundedJsonParser } from './json-body';
import { registerReplicationRoutes } from './replication-routes';
import { registerStreamRoutes } from './stream-routes';
import { registerUpdateRoutes } from './update-routes';
import { UnauthenticatedConnections } from './unauthenticated-connections';
import './types';

export interface AppLimits {
  /** Requests per device per minute. */
  requestsPerMinute: number;
  /** Enrollment attempts per address per minute. */
  enrollPerMinute: number;
  /** Unknown tokens and wrong enrollment codes per address per minute before 429 (rule S42). */
  failedAuthPerMinute: number;
  /** Connections at once that have not shown a valid token; past it the oldest is closed (S41). */
  maxUnauthenticatedConnections: number;
  /** Time a request without a token has to deliver its body (S41). */
  unauthenticatedBodyMs: number;
  /** Time any request has to arrive whole: 8 MiB in 120 s needs 560 kbit/s (S41). */
  requestTimeoutMs: number;
  /** Time the request line and headers have to arrive (S41). */
  headersTimeoutMs: number;
}

export const defaultLimits: AppLimits = {
  requestsPerMinute: 1200,
  enrollPerMinute: 10,
  failedAuthPerMinute: 60,
  maxUnauthenticatedConnections: 256,
  unauthenticatedBodyMs: 10_000,
  requestTimeoutMs: 120_000,
  headersTimeoutMs: 10_000,
};

export interface AppDeps {
  db: LiveDatabase;
  store: DocumentStore;
  hub: StreamHub;
  caseNumbers: CaseNumberReservations;
  validators: Record<CollectionName, DocumentValidator>;
  /** Fields each protocol version added; `fieldsAddedIn` unless a test passes its own. */
  fieldsAdded?: Readonly<Record<number, FieldsAdded>>;
  limits?: Partial<AppLimits>;
  logger?: FastifyServerOptions['logger'];
  /** Reverse proxies trusted for X-Forwarded-For; without one, request.ip is the TCP peer. */
  trustProxy?: string[];
  /** Where published installers are (decision 033); without it no update is offered. */
  releasesDir?: string;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits = { ...defaultLimits, ...deps.limits };
  const app = Fastify({
    logger: deps.logger ?? false,
    // Behind nginx every client would share the proxy's address and its failed-auth limit (S42).
    ...(deps.trustProxy && deps.trustProxy.length > 0 ? { trustProxy: deps.trustProxy } : {}),
    // Enrollment and pulls are small; push raises its own limit to syncLimits.maxBodyBytes.
    bodyLimit: 64 * 1024,
    // A stream or slow client must not hold shutdown forever.
    forceCloseConnections: true,
    frameworkErrors,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks the timeouts above on this interval (default 30 s): check every second.
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: 1000 },
    clientErrorHandler: answerClientError,
  });
  app.server.on('checkExpectation', answerUnmetExpectation);
  const connections = new UnauthenticatedConnections(limits.maxUnauthenticatedConnections);
  connections.watch(app.server);
  const failedAuth = new FailedAuthLimiter(limits.failedAuthPerMinute, 60_000);
  registerErrorHandling(app);
  registerBoundedJsonParser(app);
  await registerCors(app);
  registerUnauthenticatedBodyDeadline(app, limits.unauthenticatedBodyMs);
  registerGuards(app, { db: deps.db, failedAuth, connections });
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
    if (!(await databaseAnswers(deps.db))) throw new SyncFailure('DATABASE_UNAVAILABLE');
    return { status: 'ok', protocol: PROTOCOL_VERSION, minProtocol: MIN_PROTOCOL_VERSION, database: deps.db.kind };
  });
  registerEnrollRoutes(app, deps.db, limits.enrollPerMinute, failedAuth);
  registerReplicationRoutes(app, deps.store, deps.validators, deps.fieldsAdded ?? fieldsAddedIn, enumValuesAddedIn);
  registerStreamRoutes(app, deps.hub);
  await registerFileRoutes(app, deps.db);
  registerCaseNumberRoutes(app, deps.caseNumbers);
  registerDeviceRoutes(app, deps.db);
  registerUpdateRoutes(app, deps.db, deps.releasesDir);
  return app;
}
