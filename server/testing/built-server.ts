// The built county server (out/server/main.js, build/build-server.mjs) driven as an IT person and a
// township PC would: started with plain node from another folder, a code issued on its command line,
// enrollment, push and pull over real HTTP. For the install, backup and TLS-front tests in server/deploy/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { requestHeaders, syncPaths, type EnrollResponse, type SyncDocument } from '#shared/sync/index';

const root = resolve(import.meta.dirname, '../..');
export const township = 'suibin';
/** Where this test file's server was built (each file builds its own, so files running at once do not clash). */
let serverDir = '';

/** npm run build:server, into a folder of this test file's; returns it. */
export function buildServer(): string {
  serverDir = mkdtempSync(join(tmpdir(), 'taizhang-built-server-'));
  const built = spawnSync(process.execPath, [join(root, 'build', 'build-server.mjs'), serverDir], { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  // What `npm install --omit=dev` gives the IT person: exactly the packages its package.json names, beside
  // main.js (linked from this checkout; their own dependencies resolve from there). Anything else the
  // bundle needed at run time would be missing and fail the test.
  const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies)) {
    mkdirSync(dirname(join(serverDir, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(serverDir, 'node_modules', name), 'dir');
  }
  return serverDir;
}

export interface Running {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/** `node out/server/main.js`, from another folder, with nothing but its environment; resolves when it listens. */
export async function startServer(env: Record<string, string>, port: number): Promise<Running> {
  const child = spawn(process.execPath, [join(serverDir, 'main.js')], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', TAIZHANG_HOST: '127.0.0.1', TAIZHANG_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Taizhang county server ready')) ready();
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The administrator's `node main.js issue-code --township …`, then the device's own enroll request. */
export async function enrollDevice(env: Record<string, string>, base: string): Promise<EnrollResponse> {
  const issued = spawnSync(process.execPath, [join(serverDir, 'main.js'), 'issue-code', '--township', township], {
    cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8',
  });
  const code = /登记码 \(enrollment code\): (\S+)/.exec(issued.stdout)?.[1];
  if (!code) throw new Error(`issue-code failed: ${issued.stdout}${issued.stderr}`);
  const response = await fetch(`${base}${syncPaths.enroll}`, {
    method: 'POST', headers: { ...requestHeaders(), 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: '忠仁镇电脑' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as EnrollResponse;
}

export async function pushCase(base: string, token: string, doc: SyncDocument): Promise<void> {
  const response = await fetch(`${base}${syncPaths.push('mediationCase')}`, {
    method: 'POST', headers: { ...requestHeaders(token), 'content-type': 'application/json' }, body: JSON.stringify([{ newDocumentState: doc }]),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual([]);
}

export async function pulledCases(base: string, token: string): Promise<SyncDocument[]> {
  const response = await fetch(`${base}${syncPaths.pull('mediationCase')}?checkpoint=0&batchSize=100`, { headers: requestHeaders(token) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { documents: SyncDocument[] }).documents;
}


/** Starts the built server, runs `body` against it, and stops it whatever happens. */
export async function withServer<T>(env: Record<string, string>, port: number, body: (server: Running) => Promise<T>): Promise<T> {
  const server = await startServer(env, port);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

/** A township PC enrolls and pushes one case; returns the device (its token still works after a restore). */
export async function enrollAndPush(env: Record<string, string>, base: string, doc: SyncDocument): Promise<EnrollResponse> {
  const device = await enrollDevice(env, base);
  await pushCase(base, device.token, doc);
  return device;
}
