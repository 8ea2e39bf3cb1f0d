// The county server as `npm run server` runs it: its own Node process (server/main.ts under tsx),
// configured by environment, on a PGlite data folder or a PostgreSQL database. Killed with
// SIGKILL, it gets no chance to close anything: whatever it had not made durable is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { syncPaths } from '#shared/sync/index';
import { httpJson } from './http-json';

const root = resolve(import.meta.dirname, '../..');
const live = new Set<ChildProcess>();
// A test process that dies must not leave servers holding ports and data folders.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface ServerProcessConfig {
  /** TAIZHANG_DATA_DIR: PGlite lives in `<dataDir>/pglite`, beside the pid file and admin socket. */
  dataDir: string;
  /** DATABASE_URL; PGlite in dataDir when undefined. */
  databaseUrl?: string;
}

/** A port nobody listens on right now (the server binds it a moment later; a loser retries). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly exited: Promise<number | string | null>,
    private readonly output: () => string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /**
   * Starts the server and waits until /health answers 200 (migrations ran, PGlite recovered).
   * Tries `port` first (a restart keeps its address), then free ports if that one is taken.
   */
  static async start(config: ServerProcessConfig, port?: number): Promise<ServerProcess> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const tryPort = attempt === 0 && port !== undefined ? port : await freePort();
      try {
        return await ServerProcess.spawnOn(config, tryPort);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  private static async spawnOn(config: ServerProcessConfig, port: number): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Empty = PGlite (main.ts reads `DATABASE_URL || undefined`), also when the suite's own env has one.
        DATABASE_URL: config.databaseUrl ?? '',
        TAIZHANG_DATA_DIR: config.dataDir,
        TAIZHANG_HOST: '127.0.0.1',
        TAIZHANG_PORT: String(port),
        TAIZHANG_LOG_LEVEL: 'warn',
      },
    });
    live.add(child);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const exited = new Promise<number | string | null>((done) =>
      child.once('exit', (code, signal) => {
        live.delete(child);
        done(signal ?? code);
      }),
    );
    const running = new ServerProcess(child, port, exited, () => output);
    let gone: number | string | null | undefined;
    void exited.then((how) => (gone = how));
    // Under load a cold tsx start plus PGlite's recovery takes tens of seconds.
    const deadline = performance.now() + 120_000;
    while (performance.now() < deadline) {
      if (gone !== undefined) throw new Error(`server exited (${String(gone)}) before it answered:\n${output}`);
      const health = await httpJson(`${running.url}${syncPaths.health}`, { method: 'GET', headers: {}, timeoutMs: 2_000 }).catch(() => undefined);
      if (health?.status === 200) return running;
      await sleep(50);
    }
    child.kill('SIGKILL');
    throw new Error(`server did not answer /health within 120 s:\n${output}`);
  }

  /** SIGKILL: no shutdown hook, no flush, no closing of the database. Resolves once it is dead. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the graceful shutdown main.ts does on a service stop. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const how = await Promise.race([this.exited, sleep(30_000).then(() => 'timeout')]);
    if (how === 'timeout') await this.kill();
  }

  /** The last lines the server wrote (warnings and errors), for failure messages. */
  recentOutput(): string {
    return this.output();
  }
}
