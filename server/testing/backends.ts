// The contract suite runs on every backend (docs/design.md §7.3): the same tests are registered for
// in-memory PGlite and, when DATABASE_URL is set, for a fresh database on real PostgreSQL.
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createServer, type ServerConfig, type TaizhangServer } from '../server';

/** Tests hammer one device; the rate limit has its own test with its own limits. */
const testLimits = { requestsPerMinute: 1_000_000, enrollPerMinute: 10_000, failedAuthPerMinute: 1_000_000 };

export type BackendName = 'pglite' | 'postgres';

export interface Backend {
  name: BackendName;
  /** The server of this describe block (created once in beforeAll). */
  server(): TaizhangServer;
  /** Another server instance on the same database (PostgreSQL only; closed in afterAll). */
  another(config?: Partial<ServerConfig>): Promise<TaizhangServer>;
}

const databaseUrl = process.env.DATABASE_URL || undefined;
export const backendNames: BackendName[] = databaseUrl ? ['pglite', 'postgres'] : ['pglite'];

/** A new, empty database on the PostgreSQL of DATABASE_URL, named after `prefix`; `drop` removes it. */
export async function freshPostgresDatabase(prefix = 'taizhang_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(databaseUrl ?? '');
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // Cleanup, not a check: FORCE may meet a backend it may not end (an autovacuum worker on the
      // fresh database answers 42501 to a non-superuser), so try a few times, then leave it behind.
      const again = new pg.Client({ connectionString: databaseUrl });
      await again.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt === 5) {
              console.warn(`test database ${name} left behind: ${(error as Error).message}`);
              return;
            }
            await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
          }
        }
      } finally {
        await again.end();
      }
    },
  };
}

export function describeEachBackend(title: string, body: (backend: Backend) => void, config: Partial<ServerConfig> = {}): void {
  for (const name of backendNames) {
    describe(`${title} (${name})`, () => {
      let current: TaizhangServer | undefined;
      let url: string | undefined;
      let drop: (() => Promise<void>) | undefined;
      const extra: TaizhangServer[] = [];
      beforeAll(async () => {
        if (name === 'postgres') {
          const fresh = await freshPostgresDatabase();
          url = fresh.url;
          drop = () => fresh.drop();
        }
        current = await createServer({ limits: testLimits, ...config, ...(url ? { databaseUrl: url } : {}) });
      }, 120_000);
      afterAll(async () => {
        for (const s of extra) await s.close();
        await current?.close();
        await drop?.();
      }, 60_000);
      body({
        name,
        server(): TaizhangServer {
          if (!current) throw new Error('server not started');
          return current;
        },
        async another(more = {}) {
          if (!url) throw new Error('another instance needs PostgreSQL');
          const s = await createServer({ limits: testLimits, ...config, ...more, databaseUrl: url });
          extra.push(s);
          return s;
        },
      });
    });
  }
}
