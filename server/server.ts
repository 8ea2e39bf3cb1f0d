// Composition: database → migrations → app role → store, validators, stream hub → HTTP app.
// main.ts adds the process around it (port, signals, admin socket); tests call this directly.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { isDeviceActive } from './auth/devices';
import { CaseNumberReservations } from './case-numbers/reserve-store';
import { setupAppRole } from './db/app-role';
import type { Database } from './db/database';
import { trackLiveness, type LiveDatabase } from './db/liveness';
import { migrate } from './db/migrate';
import { startUploadSweeps } from './files/upload-sweep';
import { openPglite } from './db/pglite-database';
import { openPostgres } from './db/postgres-database';
import { buildApp, type AppLimits } from './http/app';
import { DocumentStore, type StoreFaults } from './sync/document-store';
import { StreamHub } from './sync/stream-hub';
import { buildValidators } from './sync/validate';
import { STREAM_KEEPALIVE_SECONDS, type FieldsAdded } from '#shared/sync/index';

export interface DatabaseConfig {
  /** PostgreSQL when set; embedded PGlite otherwise. */
  databaseUrl?: string;
  /** PGlite data folder; undefined keeps PGlite in memory (tests). */
  dataDir?: string;
}

export interface ServerConfig extends DatabaseConfig {
  limits?: Partial<AppLimits>;
  logger?: FastifyServerOptions['logger'];
  /** Addresses of a reverse proxy whose X-Forwarded-For names the client (per-address limits, S42). */
  trustProxy?: string[];
  /** The data folder's releases/ (decision 033); undefined: no updates are offered. */
  releasesDir?: string;
  keepaliveMs?: number;
  /** Fields each protocol version added (decision 015); tests pass their own table. */
  fieldsAdded?: Readonly<Record<number, FieldsAdded>>;
  /** Test-only delays inside write transactions (see StoreFaults). */
  faults?: StoreFaults;
  /** Receives errors that have no request to answer (listener, idle connections). */
  onBackgroundError?: (error: unknown) => void;
}

export interface TaizhangServer {
  app: FastifyInstance;
  db: LiveDatabase;
  hub: StreamHub;
  store: DocumentStore;
  caseNumbers: CaseNumberReservations;
  /** Whether request transactions switch to the non-owner role, so RLS binds. */
  appRole: boolean;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig, onError: (error: unknown) => void = () => undefined): Promise<Database> {
  const db = config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl, onError })
    : await openPglite(config.dataDir);
  await migrate(db);
  return db;
}

export async function createServer(config: ServerConfig): Promise<TaizhangServer> {
  const onError = config.onBackgroundError ?? (() => undefined);
  const db = trackLiveness(await openDatabase(config, onError));
  try {
    const appRole = await setupAppRole(db);
    const store = new DocumentStore(db, appRole, config.faults);
    const hub = new StreamHub(db, store, {
      keepaliveMs: config.keepaliveMs ?? STREAM_KEEPALIVE_SECONDS * 1000,
      isDeviceActive: (id) => isDeviceActive(db, id),
      onError,
    });
    await hub.start();
    const caseNumbers = new CaseNumberReservations(db, appRole);
    const app = await buildApp({ db, store, hub, caseNumbers, validators: buildValidators(), fieldsAdded: config.fieldsAdded, limits: config.limits, logger: config.logger, trustProxy: config.trustProxy, releasesDir: config.releasesDir });
    await app.ready();
    const stopSweeps = startUploadSweeps(db, onError);
    return {
      app,
      db,
      hub,
      store,
      caseNumbers,
      appRole,
      async close() {
        await stopSweeps();
        await app.close();
        await hub.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
