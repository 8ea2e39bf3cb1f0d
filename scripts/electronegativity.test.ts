import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'electronegativity.mjs');
const projectRoot = join(import.meta.dirname, '..');

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function fixture(mainSource: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'taizhang-eng-fixture-'));
  made.push(dir);
  await mkdir(join(dir, 'electron', 'main'), { recursive: true });
  await writeFile(join(dir, 'electron', 'main', 'index.ts'), mainSource);
  await cp(join(projectRoot, 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
  return dir;
}

function scan(dir: string) {
  return spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
}

describe('Electron security scan (npm run lint:electron)', () => {
  it('fails on a window that turns Node integration on and isolation off', async () => {
    const dir = await fixture(
      "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const result = scan(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAIL\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(result.stdout).toMatch(/FAIL\s+MEDIUM\s+SANDBOX_JS_CHECK/);
    // No will-navigate guard and no permission handler anywhere in this fixture.
    expect(result.stdout).toMatch(/FAIL\s+HIGH\s+LIMIT_NAVIGATION_GLOBAL_CHECK/);
    expect(result.stdout).toMatch(/FAIL\s+MEDIUM\s+PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/);
  });

  it('allowlists the factory-built window only where it is documented', async () => {
    const dir = await fixture("import { BrowserWindow } from 'electron';\nnew BrowserWindow(createWindowOptions({}));\n");
    await writeFile(join(dir, 'electron', 'main', 'second-window.ts'), "import { BrowserWindow } from 'electron';\nnew BrowserWindow(createWindowOptions({}));\n");
    const result = scan(dir);
    expect(result.stdout).toMatch(/allowed\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK\s+electron\/main\/index\.ts/);
    expect(result.stdout).toMatch(/FAIL\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK\s+electron\/main\/second-window\.ts/);
  });

  it('refuses an inline eng-disable, so the allowlist stays the one place for exceptions', async () => {
    const dir = await fixture("// eng-disable CONTEXT_ISOLATION_JS_CHECK\nexport const x = 1;\n");
    const result = scan(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('eng-disable comment in electron/main/index.ts');
  });
});
