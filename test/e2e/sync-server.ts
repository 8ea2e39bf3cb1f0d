// The county server the sync tests run against: started by playwright.config.ts (second webServer)
// on PGlite in a fresh temporary folder, port 8788 (TAIZHANG_E2E_SYNC_PORT for a second checkout on one machine). The folder is chosen once in the runner and
// passed to the workers through the environment, so codes are issued against the running server.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const SYNC_SERVER_PORT = Number(process.env.TAIZHANG_E2E_SYNC_PORT ?? 8788);
export const SYNC_SERVER_URL = `http://127.0.0.1:${SYNC_SERVER_PORT}`;

/** Same folder in the runner and its workers (they inherit the runner's environment). */
export const syncServerDataDir = (): string => (process.env.TAIZHANG_E2E_SERVER_DIR ??= mkdtempSync(join(tmpdir(), 'taizhang-e2e-server-')));

/** The server's environment: its port and folder, and no DATABASE_URL (an empty one means PGlite). */
export const syncServerEnv = (): Record<string, string> => ({
  TAIZHANG_PORT: String(SYNC_SERVER_PORT),
  TAIZHANG_DATA_DIR: syncServerDataDir(),
  TAIZHANG_LOG_LEVEL: 'warn',
  DATABASE_URL: '',
});

/**
 * `issue-code` against the running server (over its admin socket); returns the code. Only sync.spec.ts
 * may enroll here: it counts every case its township has on this server. Other specs take a
 * `countyServer` of their own (county-server.ts).
 */
export async function issueCode(target: { township: string } | 'county'): Promise<string> {
  const args = target === 'county' ? ['--county'] : ['--township', target.township];
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/main.ts', 'issue-code', ...args], {
    env: { ...process.env, ...syncServerEnv() },
    timeout: 60_000,
  });
  const code = /登记码 \(enrollment code\): (\S+)/.exec(stdout)?.[1];
  if (!code) throw new Error(`issue-code printed no code:\n${stdout}`);
  return code;
}
