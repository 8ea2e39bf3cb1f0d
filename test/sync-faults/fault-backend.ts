// The real county server on a real port, on PGlite kept in a temporary folder (so a restart
// finds the same data) or on a fresh PostgreSQL database when DATABASE_URL is set — the same
// two backends as server/testing/backends.ts, but restartable.
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type DatabaseConfig, type TaizhangServer } from '../../server/server';
import { backendNames, freshPostgresDatabase, type BackendName } from '../../server/testing/backends';

export { backendNames, type BackendName };

/** The suite hammers few devices hard; the rate limit has its own test elsewhere. */
const limits = { requestsPerMinute: 10_000_000, enrollPerMinute: 100_000 };

export interface RunningServer {
  server: TaizhangServer;
  port: number;
  url: string;
}

export interface FaultBackend {
  name: BackendName;
  /** Where the data lives, for a server started in a process of its own (server-process.ts). */
  config: DatabaseConfig;
  /** Starts a server instance on this backend's data (the same data every time). */
  start(): Promise<RunningServer>;
  /** Closes the instance as a shutdown would: listeners, streams, then the database. */
  stop(running: RunningServer): Promise<void>;
  /** Drops the data (temporary folder or database). */
  destroy(): Promise<void>;
}

const freshPostgres = () => freshPostgresDatabase('taizhang_faults');

let template: Promise<string> | undefined;

/**
 * Where the PGlite folders live: in memory (/dev/shm) where the machine has it. Copying the template's
 * 1,029 files onto this build machine's disk took ~0.8 s of system time per run, 0.05 s in memory; the
 * scenarios lose nothing by it, since PGlite never fsyncs and a killed process (S38) leaves the page
 * cache either way.
 */
const scratchRoot = (): string => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
};

/**
 * A migrated PGlite folder, copied for each scenario: creating a PGlite folder runs initdb
 * (~10 s on this 2-core box, far more under load), copying one takes a fraction of that. It is
 * kept in the scratch folder under a hash of the migrations, so test files and later runs share it
 * and a changed migration makes a new one.
 */
function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const migrations = resolve(import.meta.dirname, '../../server/migrations');
    const hash = createHash('sha256');
    for (const file of (await readdir(migrations)).sort()) hash.update(file).update(await readFile(join(migrations, file)));
    const dataDir = join(scratchRoot(), `taizhang-faults-pglite-${hash.digest('hex').slice(0, 12)}`);
    if (existsSync(join(dataDir, 'PG_VERSION'))) return dataDir;
    const scratch = await mkdtemp(join(scratchRoot(), 'taizhang-faults-template-'));
    const server = await createServer({ dataDir: join(scratch, 'pglite'), limits });
    await server.close();
    // Another test file may have finished first: either copy is as good.
    await rename(join(scratch, 'pglite'), dataDir).catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
    return dataDir;
  })();
  return template;
}

export async function openFaultBackend(name: BackendName): Promise<FaultBackend> {
  let config: DatabaseConfig;
  let destroy: () => Promise<void>;
  if (name === 'postgres') {
    const fresh = await freshPostgres();
    config = { databaseUrl: fresh.url };
    destroy = () => fresh.drop();
  } else {
    const dir = await mkdtemp(join(scratchRoot(), 'taizhang-faults-'));
    const dataDir = join(dir, 'pglite');
    await cp(await pgliteTemplate(), dataDir, { recursive: true });
    config = { dataDir };
    destroy = () => rm(dir, { recursive: true, force: true });
  }
  return {
    name,
    config,
    async start() {
      const server = await createServer({ ...config, limits, keepaliveMs: 500 });
      await server.app.listen({ host: '127.0.0.1', port: 0 });
      const address = server.app.server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      return { server, port: address.port, url: `http://127.0.0.1:${address.port}` };
    },
    stop: (running) => running.server.close(),
    destroy,
  };
}
