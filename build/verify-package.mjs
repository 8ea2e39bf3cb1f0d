// Checks what `npm run dist` would ship, offline: packages the app (--dir, Linux x64) against a
// stub Electron binary that carries only the fuse wire, then reads the fuses back and lists
// app.asar. Run after `npx electron-vite build`: node build/verify-package.mjs
// (The real Electron download is what fails offline; everything before and after it is ours.)
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants.js');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
const asar = require('@electron/asar');

const expectedFuses = {
  RunAsNode: FuseState.DISABLE,
  EnableCookieEncryption: FuseState.ENABLE,
  EnableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
  EnableNodeCliInspectArguments: FuseState.DISABLE,
  EnableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
  OnlyLoadAppFromAsar: FuseState.ENABLE,
  GrantFileProtocolExtraPrivileges: FuseState.DISABLE,
};
const allowedInAsar = /^\/(package\.json|out(\/(main|preload|renderer)(\/.*)?)?)$/;

const work = await mkdtemp(join(tmpdir(), 'taizhang-package-'));
const problems = [];
try {
  // Stub Electron: Electron's default fuse states (runAsNode on, inspect on, …) behind the sentinel.
  const stub = join(work, 'electron-dist');
  await mkdir(join(stub, 'locales'), { recursive: true });
  const wire = Buffer.from([1, 8, 49, 48, 49, 49, 48, 48, 48, 49]);
  await writeFile(join(stub, 'electron'), Buffer.concat([Buffer.alloc(64), Buffer.from(SENTINEL), wire, Buffer.alloc(64)]), { mode: 0o755 });
  for (const file of ['LICENSE', 'version', 'locales/zh-CN.pak', 'locales/en-US.pak', 'locales/de.pak']) await writeFile(join(stub, file), '');

  const output = join(work, 'dist');
  const builder = spawnSync(
    process.execPath,
    [require.resolve('electron-builder/cli.js'), '--linux', '--x64', '--dir', `-c.electronDist=${stub}`, `-c.directories.output=${output}`],
    { cwd: root, encoding: 'utf8' },
  );
  if (builder.status !== 0) throw new Error(`electron-builder failed:\n${builder.stdout}\n${builder.stderr}`);
  const appDir = join(output, 'linux-unpacked');

  const fuses = await getCurrentFuseWire(join(appDir, 'taizhang'));
  for (const [name, state] of Object.entries(expectedFuses)) {
    const actual = fuses[FuseV1Options[name]];
    const ok = actual === state;
    if (!ok) problems.push(`fuse ${name} is ${String.fromCharCode(actual)}, expected ${String.fromCharCode(state)}`);
    console.log(`${ok ? 'ok  ' : 'FAIL'} fuse ${name} = ${state === FuseState.ENABLE ? 'on' : 'off'}`);
  }

  const files = asar.listPackage(join(appDir, 'resources', 'app.asar'));
  const stray = files.filter((file) => !allowedInAsar.test(file.replaceAll('\\', '/')) || file.endsWith('.map'));
  for (const file of stray) problems.push(`app.asar ships ${file}`);
  console.log(`${stray.length === 0 ? 'ok  ' : 'FAIL'} app.asar holds ${files.length} entries, only out/{main,preload,renderer} and package.json`);
  if (!files.includes('/out/renderer/index.html') && !files.includes('\\out\\renderer\\index.html')) {
    problems.push('app.asar has no out/renderer/index.html: run npx electron-vite build first');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('package check passed');
