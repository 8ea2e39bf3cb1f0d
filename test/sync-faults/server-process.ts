// The county server as `npm run server` runs it: its own Node process (server/main.ts under tsx),
// configured by environment, on a PGlite data folder or a PostgreSQL database. Killed with
// SIGKILL, it gets no chance to close anything: whatever it had not made durable is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syncPaths } from '#shared/sync/index';
import { httpJson } from './http-json';
import { diagnose, reportFlags } from './start-diagnosis';

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

/** How long a start may take before it fails: a cold tsx start plus PGlite's recovery took up to ~10 s under soak load. */
const startBoundMs = 90_000;
/** Where a child that does not answer writes its diagnostic report (start-diagnosis.ts). */
const reportDir = join(tmpdir(), 'taizhang-server-reports');

/** The start failed because another process took the port between `freePort` and the child's listen: try another. */
class PortTaken extends Error {}

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
   * Tries `port` first (a restart keeps its address), then free ports if that one is taken. Any
   * other failure is the run's: a start that does not answer within `startBoundMs` fails with what
   * the child printed and where it stood, instead of being retried out of sight.
   */
  static async start(config: ServerProcessConfig, port?: number): Promise<ServerProcess> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const tryPort = attempt === 0 && port !== undefined ? port : await freePort();
      try {
        return await ServerProcess.spawnOn(config, tryPort);
      } catch (error) {
        if (!(error instanceof PortTaken)) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  private static async spawnOn(config: ServerProcessConfig, port: number): Promise<ServerProcess> {
    mkdirSync(reportDir, { recursive: true });
    const child = spawn(process.execPath, [...reportFlags(reportDir), '--import', 'tsx', 'server/main.ts'], {
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
    const started = performance.now();
    let lastProbe = 'none yet';
    while (performance.now() - started < startBoundMs) {
      if (gone !== undefined) {
        const message = `server exited (${String(gone)}) before it answered on port ${port}:\n${output}`;
        throw output.includes('EADDRINUSE') ? new PortTaken(message) : new Error(message);
      }
      const probe = await httpJson(`${running.url}${syncPaths.health}`, { method: 'GET', headers: {}, timeoutMs: 2_000 }).then(
        (answer) => (answer.status === 200 ? undefined : `status ${answer.status}`),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      if (probe === undefined) return running;
      lastProbe = probe;
      await sleep(50);
    }
    const where = await diagnose(child, config.dataDir, config.databaseUrl === undefined, reportDir);
    child.kill('SIGKILL');
    throw new Error(`server (pid ${child.pid}) did not answer /health on port ${port} within ${startBoundMs / 1000} s; last probe: ${lastProbe}\n${where}\noutput:\n${output}`);
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
