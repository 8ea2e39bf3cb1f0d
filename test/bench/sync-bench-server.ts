// The county server the sync benchmarks run against: PostgreSQL when DATABASE_URL is set (a
// fresh database, dropped after), else PGlite in a temporary folder. Plus enrollment and the
// sample documents every part pushes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { issueEnrollmentCode } from '../../server/auth/devices';
import type { AppLimits } from '../../server/http/app';
import { createServer, type TaizhangServer } from '../../server/server';
import { mediationCase } from '../../server/testing/documents';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths, type DeviceRole, type EnrollResponse, type SyncDocument } from '#shared/sync/index';

export interface BenchServer {
  server: TaizhangServer;
  url: string;
  /** 'PostgreSQL 16.x (DATABASE_URL)' or 'PGlite 0.x (temporary folder)'. */
  label: string;
  close(): Promise<void>;
}

export interface BenchDevice extends EnrollResponse {
  headers: Record<string, string>;
}

const databaseUrl = process.env.DATABASE_URL || undefined;

/**
 * 500 devices and a whole county's first sync must not meet the per-device limit's defaults in a bench;
 * nor the cap on connections without a token (256, rule S41): 500 connections opened in the same
 * millisecond, before any has shown its token, would close the oldest 244 (decision 041).
 */
const benchLimits = { requestsPerMinute: 1_000_000, enrollPerMinute: 1_000_000, maxUnauthenticatedConnections: 4096 };

/** On PostgreSQL when DATABASE_URL is set unless `embedded` asks for PGlite (in memory with `inMemory`). */
export async function startBenchServer(limits: Partial<AppLimits> = benchLimits, inMemory = false, embedded = false): Promise<BenchServer> {
  let config: { databaseUrl: string } | { dataDir: string } | Record<string, never>;
  let cleanup: () => Promise<void>;
  if (databaseUrl && !embedded) {
    const name = `taizhang_bench_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    config = { databaseUrl: url.toString() };
    cleanup = async () => {
      const again = new pg.Client({ connectionString: databaseUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    };
  } else if (inMemory) {
    config = {};
    cleanup = () => Promise.resolve();
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'taizhang-sync-bench-'));
    config = { dataDir: join(dir, 'pglite') };
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  const server = await createServer({ ...config, limits });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const address = server.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const version = (await server.db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?';
  return {
    server,
    url: `http://127.0.0.1:${address.port}`,
    label: databaseUrl && !embedded ? `PostgreSQL ${version} (DATABASE_URL)` : `PGlite ${version} (${inMemory ? 'in memory' : 'temporary folder'})`,
    async close() {
      await server.close();
      await cleanup();
    },
  };
}

export async function enrollDevice(bench: BenchServer, role: DeviceRole, townshipId: string | null): Promise<BenchDevice> {
  const { code } = await issueEnrollmentCode(bench.server.db, { role, townshipId });
  const protocol = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  const response = await fetch(`${bench.url}${syncPaths.enroll}`, {
    method: 'POST',
    headers: { ...protocol, 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'bench' }),
  });
  if (response.status !== 201) throw new Error(`BENCH_ENROLL_FAILED: ${response.status} ${await response.text()}`);
  const enrolled = (await response.json()) as EnrollResponse;
  return { ...enrolled, headers: { ...protocol, authorization: `Bearer ${enrolled.token}` } };
}

const words = '邻里宅基地土地承包婚姻家庭继承赡养债务损害赔偿劳务合同山林水利村务管理相邻通行排水采光';

/** A mediation case of ~1.5 kB as JSON, as a township records it (summary of 150–450 characters). */
export function sampleCase(id: string, townshipId: string, n: number): SyncDocument {
  let summary = '';
  for (let i = 0, length = 150 + (n % 300); i < length; i++) summary += words[(n * 7 + i * 13) % words.length];
  return mediationCase(id, townshipId, { summary, caseSeq: (n % 100_000) + 1, mediators: ['王五', `调解员${n % 37}`] });
}

/** Ten townships' worth of ids: `<township>-<n>`. */
export const benchTownship = (n: number): string => `bench${n % 10}`;
