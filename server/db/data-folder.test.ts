// [S44] The embedded database's folder is the server account's alone, whatever the umask, and a
// folder another account could write stops the server with a message saying what to do.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const child = join(import.meta.dirname, '../testing/data-folder-child.ts');
const scratch = mkdtempSync(join(tmpdir(), 'taizhang-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function startIn(dir: string, umask: string): Promise<{ modes?: Record<string, string>; refused?: string }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, dir, umask], { timeout: 60_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { modes?: Record<string, string>; refused?: string };
}

describe('data folder', () => {
  for (const umask of ['000', '022']) {
    it(`[S44] under umask ${umask} every folder is 0700 and every file 0600, also what an older version left open`, async () => {
      const dir = join(scratch, `umask-${umask}`);
      // What an older version left under umask 0022: folders 0755, PGlite's files 0666.
      mkdirSync(join(dir, 'pglite'), { recursive: true });
      chmodSync(dir, 0o755);
      writeFileSync(join(dir, 'left-behind'), 'x');
      chmodSync(join(dir, 'left-behind'), 0o666);
      const { modes } = await startIn(dir, umask);
      const entries = Object.entries(modes ?? {});
      expect(entries.length).toBeGreaterThan(100);
      expect(modes?.[join(dir, 'left-behind')]).toBe('f600');
      const open = entries.filter(([, mode]) => mode !== 'd700' && mode !== 'f600');
      expect(open).toEqual([]);
    }, 90_000);
  }

  it('[S44] a folder others can write → the server refuses to start and says what to do', async () => {
    for (const [name, setUp] of [
      ['top', (dir: string) => chmodSync(dir, 0o777)],
      ['inside', (dir: string) => chmodSync(join(dir, 'pglite'), 0o777)],
    ] as const) {
      const dir = join(scratch, `writable-${name}`);
      mkdirSync(join(dir, 'pglite'), { recursive: true });
      chmodSync(dir, 0o700);
      setUp(dir);
      const { refused } = await startIn(dir, '022');
      expect(refused).toMatch(/可被其他系统账户写入.*chmod -R go-rwx/);
    }
  }, 90_000);
});
