// Checks what `npm run dist` would ship, offline: packages the app (--dir, Linux x64) against a
// stub Electron binary that carries only the fuse wire, then reads the fuses back and lists
// app.asar, and builds the UOS deb from that packaged folder with the afterPack hook's own facts
// and reads its file list back (needs dpkg-deb). Run after `npx electron-vite build`: node build/verify-package.mjs
// (The real Electron download is what fails offline; everything before and after it is ours.)
import { spawnSync } from 'node:child_process';
import { Arch, build, Platform } from 'electron-builder';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uosAppOf } from './after-pack.mjs';
import { writeUosDeb } from './uos-layout.mjs';

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
  // In-process rather than the CLI, to keep the afterPack context: the UOS deb below is built from it.
  let packed;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { electronDist: stub, directories: { output }, afterPack: (context) => { packed = context; } },
  });
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

  if (spawnSync('dpkg-deb', ['--version']).status === 0) {
    const uos = await writeUosDeb({
      app: uosAppOf(packed), appOutDir: packed.appOutDir, iconFile: join(root, packed.packager.config.icon), outFile: join(work, 'uos.deb'),
    });
    const listing = spawnSync('dpkg-deb', ['--contents', uos.outFile], { encoding: 'utf8' }).stdout;
    const outside = listing.split('\n').filter((line) => line && !/ \.\/(opt\/(apps\/(cn\.taizhang\.app\/.*)?)?)?$/.test(line));
    for (const line of outside) problems.push(`UOS deb installs outside /opt/apps/cn.taizhang.app: ${line}`);
    for (const path of ['info', 'entries/applications/cn.taizhang.app.desktop', 'files/taizhang', 'files/resources/app.asar']) {
      if (!listing.includes(`./opt/apps/cn.taizhang.app/${path}\n`)) problems.push(`UOS deb has no /opt/apps/cn.taizhang.app/${path}`);
    }
    const ok = outside.length === 0 && problems.every((p) => !p.startsWith('UOS'));
    console.log(`${ok ? 'ok  ' : 'FAIL'} UOS deb ${uos.packageName} ${uos.arch}: ${listing.split('\n').filter(Boolean).length} entries, all under /opt/apps/cn.taizhang.app`);
  } else {
    console.log('skip UOS deb: no dpkg-deb on this host');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('package check passed');
