// The county server in process (PGlite in memory, a real loopback port) and devices that talk to
// it over HTTP, each in its own module registry: vi.resetModules() before importing device.ts gives
// every simulated PC its own RxDB instance, as separate PCs have (RxDB's open-collection budget is
// per JS realm; one app here has nine collections, so two apps cannot share one realm).
import { afterAll, beforeAll, vi } from 'vitest';
import { issueEnrollmentCode } from '../../server/auth/devices';
import { createServer, type TaizhangServer } from '../../server/server';
import { listenOnLoopback } from '../../server/testing/stream-client';
import type { DeviceRole } from '#shared/sync/index';
import type { Device, MemorySecrets, Network } from './device';
import { fastTiming } from './timing';

export interface TestServer {
  server: TaizhangServer;
  url: string;
  code(role: DeviceRole, townshipId?: string | null): Promise<string>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  // Keep-alive every second: a revoked device's stream ends within one keep-alive (S3).
  const server = await createServer({ limits: { requestsPerMinute: 1_000_000, enrollPerMinute: 10_000 }, keepaliveMs: 1_000 });
  const url = await listenOnLoopback(server);
  return {
    server,
    url,
    code: async (role, townshipId = null) => (await issueEnrollmentCode(server.db, { role, townshipId })).code,
    close: () => server.close(),
  };
}

let deviceCounter = 0;

/** Opens a device in a fresh module registry; reopening the same dbName resumes that PC. */
export async function openDevice(options: { township: string | null; dbName?: string; secrets?: MemorySecrets; net?: Network; clock?: () => Date }): Promise<Device> {
  vi.resetModules();
  const module = await import('./device');
  deviceCounter += 1;
  return module.openDevice({ dbName: options.dbName ?? `sync${process.pid}x${Date.now().toString(36)}x${deviceCounter}`, township: options.township, secrets: options.secrets, net: options.net, clock: options.clock, timing: fastTiming });
}

/**
 * Opens a device as the first release was (decision 015): every collection at schema version 0, no
 * migrations, speaking protocol 1 on `net`. Reopening its dbName with `openDevice` is the update.
 */
export async function openPreviousRelease(options: { township: string; dbName: string; secrets: MemorySecrets; net: Network }): Promise<Device> {
  vi.resetModules();
  vi.doMock('#shared/domain/schemas/index', async (importOriginal) => {
    const real = await importOriginal<{ collectionSchemas: Record<string, unknown> }>();
    const { firstReleaseSchemas } = await import('#shared/sync/schema-history');
    return { ...real, collectionSchemas: firstReleaseSchemas(real.collectionSchemas) };
  });
  vi.doMock('#shared/domain/schemas/migrations', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), schemaMigrations: {} }));
  try {
    const module = await import('./device');
    options.net.rewriteHeaders = (headers) => ({ ...headers, 'taizhang-protocol': '1' });
    return await module.openDevice({ ...options, timing: fastTiming });
  } finally {
    vi.doUnmock('#shared/domain/schemas/index');
    vi.doUnmock('#shared/domain/schemas/migrations');
  }
}

/** Opens a device and enrolls it with a fresh code; waits until its first sync is done. */
export async function enrolledDevice(test: TestServer, township: string | null, name = township ? `${township} 电脑` : '县司法局电脑'): Promise<Device> {
  const device = await openDevice({ township });
  const code = await test.code(township ? 'township' : 'county', township);
  const result = await device.client.enroll({ serverUrl: test.url, code, deviceName: name });
  if (!result.ok) throw new Error(`enroll failed: ${JSON.stringify(result.problem)}`);
  await device.client.awaitInitialSync();
  return device;
}

/** Polls until `check` passes (sync is asynchronous by nature); fails with the last error. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
  return vi.waitFor(check, { timeout: timeoutMs, interval: 50 });
}

/** A server and the county's PC shared by a file's tests: started before the first, closed after the last. */
export function serverWithCounty(): { readonly test: TestServer; readonly county: Device } {
  const held: { test?: TestServer; county?: Device } = {};
  beforeAll(async () => {
    held.test = await startTestServer();
    held.county = await enrolledDevice(held.test, null);
  });
  afterAll(async () => {
    await held.county?.close();
    await held.test?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('serverWithCounty: read before beforeAll ran');
    return value;
  };
  return { get test() { return started(held.test); }, get county() { return started(held.county); } };
}
