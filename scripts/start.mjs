// npm start: build the desktop app and run it in Electron. Where Electron's binary cannot be
// had (offline machines: electron ≥ 42 downloads it on first use), say so in one line and
// point to the web build, before spending time on a build that could not run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const UNAVAILABLE =
  '无法获取 Electron 程序（离线环境）。请改用 npm run web 在浏览器中打开台账。 / Electron binary unavailable: use npm run web';
const MARKER = 'TAIZHANG_ELECTRON_PATH=';

/**
 * Asks the electron package for its binary in a child process, so its download attempt and
 * error text stay out of the terminal; returns null when there is no runnable binary.
 */
function electronBinary() {
  const probe = `try { process.stderr.write('\\n${MARKER}' + require('electron') + '\\n') } catch { process.exit(3) }`;
  const child = spawnSync(process.execPath, ['-e', probe], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Room for a real first-time download on a slow county network; offline it fails in well under a second.
    timeout: 15 * 60_000,
  });
  if (child.status !== 0) return null;
  const line = child.stderr.split('\n').find((l) => l.startsWith(MARKER));
  const path = line?.slice(MARKER.length).trim();
  return path && existsSync(path) ? path : null;
}

const electronPath = electronBinary();
if (electronPath === null) {
  console.error(UNAVAILABLE);
  process.exit(1);
}

const build = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env };
// Set by some shells and tools; with it Electron would start as plain Node and ignore the app.
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
app.on('error', () => {
  console.error(UNAVAILABLE);
  process.exit(1);
});
