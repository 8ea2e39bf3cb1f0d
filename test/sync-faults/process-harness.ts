// A fault world around the real server process (server-process.ts) instead of an in-process
// instance: devices enroll as an administrator and an app would (code from the admin command,
// then POST /v1/enroll), reach the server through the fault proxy, and the server can be killed.
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { adminSocketPath, sendAdminCommand } from '../../server/admin/admin-socket';
import { issueEnrollmentCode } from '../../server/auth/devices';
import { openPostgres } from '../../server/db/postgres-database';
import { protocolHeaders } from '../../server/testing/client';
import { syncPaths, type DeviceRole, type EnrollResponse, type SyncDocument } from '#shared/sync/index';
import { openFaultBackend, type BackendName, type FaultBackend } from './fault-backend';
import { serverDocuments, type DeviceHandle, type Route } from './harness';
import { httpJson } from './http-json';
import { RawReplica } from './raw-replica';
import { ServerProcess, type ServerProcessConfig } from './server-process';
import { passAll, startTcpProxy, type TcpProxy } from './tcp-proxy';

export class ProcessHarness {
  readonly routes: { push: Route; pull: Route } = { push: 'proxy', pull: 'proxy' };
  restarts = 0;
  private killedAt = 0;

  private constructor(
    readonly backend: FaultBackend,
    private readonly config: ServerProcessConfig,
    private running: ServerProcess,
    readonly proxy: TcpProxy,
  ) {}

  static async open(name: BackendName): Promise<ProcessHarness> {
    const backend = await openFaultBackend(name);
    const { databaseUrl, dataDir } = backend.config;
    // main.ts keeps PGlite in `<TAIZHANG_DATA_DIR>/pglite`, which is where the backend copied it.
    const config = { databaseUrl, dataDir: dataDir ? dirname(dataDir) : join(tmpdir(), 'taizhang-faults-unused') };
    const running = await ServerProcess.start(config);
    const proxy = await startTcpProxy(running.port);
    return new ProcessHarness(backend, config, running, proxy);
  }

  get server(): ServerProcess {
    return this.running;
  }

  url(route: Route): string {
    return route === 'proxy' ? this.proxy.url : this.running.url;
  }

  /** An enrollment code as `npm run server -- issue-code` gives it (admin socket on PGlite, the database on PostgreSQL). */
  private async issueCode(role: DeviceRole, townshipId: string | null): Promise<string> {
    if (this.config.databaseUrl) {
      const db = openPostgres({ connectionString: this.config.databaseUrl });
      try {
        return (await issueEnrollmentCode(db, { role, townshipId })).code;
      } finally {
        await db.close();
      }
    }
    const argv = role === 'county' ? ['issue-code', '--county'] : ['issue-code', '--township', townshipId ?? ''];
    const reply = await sendAdminCommand(adminSocketPath(this.config.dataDir), argv);
    const code = reply?.ok ? /enrollment code\): (\S+)/.exec(reply.output)?.[1] : undefined;
    if (!code) throw new Error(`issue-code failed: ${reply?.output ?? 'no admin socket'}`);
    return code;
  }

  async device(role: DeviceRole, townshipId: string | null, name = '测试电脑'): Promise<DeviceHandle> {
    const code = await this.issueCode(role, townshipId);
    const answer = await httpJson(`${this.running.url}${syncPaths.enroll}`, { method: 'POST', headers: protocolHeaders, body: JSON.stringify({ code, deviceName: name }) });
    if (answer.status !== 201) throw new Error(`enroll failed: ${answer.status} ${answer.body}`);
    const enrolled = JSON.parse(answer.body) as EnrollResponse;
    return { ...enrolled, headers: { ...protocolHeaders, authorization: `Bearer ${enrolled.token}` } };
  }

  async replica(name: string, townshipId: string): Promise<RawReplica> {
    const device = await this.device('township', townshipId, name);
    return new RawReplica(name, device.headers, { push: () => this.url(this.routes.push), pull: () => this.url(this.routes.pull) });
  }

  /**
   * SIGKILLs the server while devices are mid-request. From here the proxy refuses every device
   * until `admitDevices`, so a check after `restart` reads what survived before anyone writes again.
   */
  async kill(): Promise<{ inFlight: number }> {
    this.proxy.setPlanner(() => ({ kind: 'refuse' }));
    const inFlight = this.proxy.openConnections();
    this.killedAt = performance.now();
    await this.running.kill();
    this.proxy.cutAll();
    return { inFlight };
  }

  /** A new server process on the same data (and port, when still free); returns ms since the kill. */
  async restart(): Promise<number> {
    this.running = await ServerProcess.start(this.config, this.running.port);
    this.proxy.setTarget(this.running.port);
    this.restarts += 1;
    return performance.now() - this.killedAt;
  }

  admitDevices(): void {
    this.proxy.setPlanner(passAll);
  }

  serverDocuments(county: DeviceHandle, collection = 'mediationCase'): Promise<SyncDocument[]> {
    return serverDocuments(this.running.url, county, collection);
  }

  async close(): Promise<void> {
    await this.proxy.close();
    await this.running.stop();
    await this.backend.destroy();
  }
}
