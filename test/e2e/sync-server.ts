// The county server the sync tests run against: started by playwright.config.ts (second webServer)
// on PGlite in a fresh temporary folder, port 8788. The folder is chosen once in the runner and
// passed to the workers through the environment, so codes are issued against the running server.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const SYNC_SERVER_PORT = 8788;
export const SYNC_SERVER_URL = `http://127.0.0.1:${SYNC_SERVER_PORT}`;

/** Same folder in the runner and its workers (they inherit the runner's environment). */
export const syncServerDataDir = (): string => (process.env.TAIZHANG_E2E_SERVER_DIR ??= mkdtempSync(join(tmpdir(), 'taizhang-e2e-server-')));

/** `issue-code` against the running server (over its admin socket); returns the code. */
export async function issueCode(target: { township: string } | 'county'): Promise<string> {
  const args = target === 'county' ? ['--county'] : ['--township', target.township];
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/main.ts', 'issue-code', ...args], {
    env: { ...process.env, TAIZHANG_DATA_DIR: syncServerDataDir() },
    timeout: 60_000,
  });
  const code = /登记码 \(enrollment code\): (\S+)/.exec(stdout)?.[1];
  if (!code) throw new Error(`issue-code printed no code:\n${stdout}`);
  return code;
}

/**
 * Whether the live stream answers a browser on another origin: an SSE reply written by hand
 * (reply.hijack) skips the CORS headers that every other route carries. Enrolls a throwaway county device.
 */
export async function streamAllowsCrossOrigin(): Promise<boolean> {
  const headers = { 'content-type': 'application/json', 'taizhang-protocol': '1', origin: 'http://127.0.0.1:4173' };
  const enrolled = await fetch(`${SYNC_SERVER_URL}/v1/enroll`, {
    method: 'POST', headers, body: JSON.stringify({ code: await issueCode('county'), deviceName: 'e2e probe' }),
  });
  const { token } = (await enrolled.json()) as { token: string };
  const abort = new AbortController();
  const stream = await fetch(`${SYNC_SERVER_URL}/v1/stream`, { headers: { ...headers, authorization: `Bearer ${token}` }, signal: abort.signal });
  const allowed = stream.headers.get('access-control-allow-origin') !== null;
  abort.abort();
  return allowed;
}
