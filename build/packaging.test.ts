// What each installer would put where (decision 035). The Electron binary and the NSIS/fpm/AppImage
// tools cannot be downloaded here, so: electron-builder's resolved configuration for every target;
// the Kylin deb's file mapping as electron-builder computes it (stopped just before fpm runs); and
// the UOS deb built for real with dpkg-deb from a stand-in app folder and read back.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { Arch, build, Platform, type Configuration, type NsisOptions } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uosLayout, writeUosDeb, type UosApp } from './uos-layout.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; homepage?: string; desktopName?: string };
let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, null, null);
});

const targetsOf = (platform: Configuration['win'] | Configuration['linux']) =>
  (platform?.target as Array<{ target: string; arch: string[] }>).map(({ target, arch }) => `${target}:${arch.join('+')}`);

describe('electron-builder configuration', () => {
  it('takes installer assets and the icon from resources/, and the icon is there', () => {
    expect(config.directories?.buildResources).toBe('resources');
    expect(config.icon).toBe('resources/icons/icon.png');
    const png = readFileSync(join(root, 'resources/icons/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(join(root, 'resources/templates/mediation-agreement.docx'))).toBe(true);
  });

  it('builds NSIS for Windows x64, per user without elevation, offline, in Chinese, with both shortcuts, keeping data on uninstall', () => {
    expect(targetsOf(config.win)).toEqual(['nsis:x64']);
    const nsis = config.nsis as NsisOptions;
    expect(nsis).toMatchObject({
      oneClick: true, perMachine: false, allowElevation: false, packElevateHelper: false,
      createDesktopShortcut: true, createStartMenuShortcut: true, shortcutName: '台账',
      deleteAppDataOnUninstall: false, installerLanguages: ['zh_CN'], language: '2052',
    });
    // Windows 7/8: the installer stops with a Chinese message (the script is wired in; makensis cannot run here).
    const include = readFileSync(join(root, nsis.include ?? 'missing'), 'utf8');
    expect(include).toMatch(/\$\{IfNot\} \$\{AtLeastWin10\}[\s\S]*MessageBox[^\n]*台账需要 Windows 10 或 Windows 11[\s\S]*Quit/);
    // No web installer: nothing is fetched at install time.
    expect(targetsOf(config.win).some((t) => t.startsWith('nsis-web'))).toBe(false);
  });

  it('builds deb and AppImage for Linux on x64 and arm64, and the UOS deb after packing', () => {
    expect(targetsOf(config.linux)).toEqual(['deb:x64+arm64', 'AppImage:x64+arm64']);
    expect(config.afterPack).toBe('build/after-pack.mjs');
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it('has what the deb target refuses to build without, and the desktop name the window is matched by', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.desktopName).toBe(`${config.appId}.desktop`);
  });
});

describe('the Kylin deb (electron-builder deb target), as electron-builder would hand it to fpm', () => {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-kylin-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('puts the app in /opt/台账, the icon in hicolor and the desktop entry named after desktopName', async () => {
    const app = join(work, 'linux-unpacked');
    mkdirSync(join(app, 'resources'), { recursive: true });
    writeFileSync(join(app, 'taizhang'), '');
    writeFileSync(join(app, 'resources', 'app.asar'), '');
    let fpmArgs: string[] = [];
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('deb', Arch.arm64),
      prepackaged: app,
      config: { directories: { output: join(work, 'dist') } },
      effectiveOptionComputed: (computed: [string[], string]) => {
        fpmArgs = computed[0];
        return Promise.resolve(true);
      },
    });
    const option = (name: string) => fpmArgs[fpmArgs.indexOf(name) + 1];
    expect(option('--name')).toBe('taizhang');
    expect(option('--architecture')).toBe('arm64');
    expect(option('--url')).toBe(pkg.homepage);
    const mapped = fpmArgs.filter((arg) => arg.includes('=/')).map((arg) => arg.slice(arg.indexOf('=/') + 1));
    expect(mapped).toEqual(['/opt/台账', '/usr/share/icons/hicolor/512x512/apps/taizhang.png', '/usr/share/applications/cn.taizhang.app.desktop']);
    expect(fpmArgs).toContain(`${join(root, 'resources/icons/icon.png')}=/usr/share/icons/hicolor/512x512/apps/taizhang.png`);
  }, 60_000);
});

const app: UosApp = {
  appId: 'cn.taizhang.app', name: '台账', version: '0.1.0', arch: 'x64', executable: 'taizhang',
  synopsis: '乡镇法治台账', description: '离线台账。\n联网时同步。', maintainer: 'Taizhang team <dev@taizhang.local>', homepage: 'https://taizhang.local/',
};

describe('the UOS layout', () => {
  it('names every place under /opt/apps/<appid>/ and the Debian control files, nothing else', () => {
    const layout = uosLayout(app);
    expect(layout.filesDir).toBe('/opt/apps/cn.taizhang.app/files');
    expect(layout.iconPath).toBe('/opt/apps/cn.taizhang.app/entries/icons/hicolor/512x512/apps/cn.taizhang.app.png');
    expect(layout.written.map((f) => f.path)).toEqual([
      '/opt/apps/cn.taizhang.app/info', '/opt/apps/cn.taizhang.app/entries/applications/cn.taizhang.app.desktop', 'DEBIAN/control', 'DEBIAN/postinst',
    ]);
    expect(uosLayout({ ...app, arch: 3 }).arch).toBe('arm64');
    expect(() => uosLayout({ ...app, arch: 0 })).toThrow(/x64 and arm64 only/);
  });
});

describe.skipIf(spawnSync('dpkg-deb', ['--version']).status !== 0)('the UOS deb, built and read back', () => {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-uos-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs only under /opt/apps/cn.taizhang.app with info, entries and files, and a desktop entry that starts the app', async () => {
    const appOutDir = join(work, 'linux-arm64-unpacked');
    mkdirSync(join(appOutDir, 'resources'), { recursive: true });
    writeFileSync(join(appOutDir, 'taizhang'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(appOutDir, 'chrome-sandbox'), '');
    writeFileSync(join(appOutDir, 'resources', 'app.asar'), 'asar');
    const outFile = join(work, 'Taizhang-UOS-0.1.0-arm64.deb');
    await writeUosDeb({ app: { ...app, arch: 'arm64' }, appOutDir, iconFile: join(root, 'resources/icons/icon.png'), outFile });

    const field = (name: string) => spawnSync('dpkg-deb', ['--field', outFile, name], { encoding: 'utf8' }).stdout.trim();
    expect([field('Package'), field('Version'), field('Architecture')]).toEqual(['cn.taizhang.app', '0.1.0', 'arm64']);
    expect(field('Depends')).toContain('libnss3');

    const listing = spawnSync('dpkg-deb', ['--contents', outFile], { encoding: 'utf8' }).stdout;
    const paths = listing.split('\n').filter(Boolean).map((line) => line.slice(line.indexOf('./') + 1).replace(/\/$/, ''));
    const files = listing.split('\n').filter((line) => line.startsWith('-')).map((line) => line.slice(line.indexOf('./') + 1));
    expect(paths.every((path) => path === '' || '/opt/apps/cn.taizhang.app'.startsWith(path) || path.startsWith('/opt/apps/cn.taizhang.app/'))).toBe(true);
    expect(files.sort()).toEqual([
      '/opt/apps/cn.taizhang.app/entries/applications/cn.taizhang.app.desktop',
      '/opt/apps/cn.taizhang.app/entries/icons/hicolor/512x512/apps/cn.taizhang.app.png',
      '/opt/apps/cn.taizhang.app/files/chrome-sandbox',
      '/opt/apps/cn.taizhang.app/files/resources/app.asar',
      '/opt/apps/cn.taizhang.app/files/taizhang',
      '/opt/apps/cn.taizhang.app/info',
    ]);
    expect(listing).toMatch(/^-rwxr-xr-x root\/root .* \.\/opt\/apps\/cn\.taizhang\.app\/files\/taizhang$/m);

    const extracted = join(work, 'extracted');
    expect(spawnSync('dpkg-deb', ['--raw-extract', outFile, extracted]).status).toBe(0);
    const installed = (path: string) => readFileSync(join(extracted, path), 'utf8');
    expect(JSON.parse(installed('opt/apps/cn.taizhang.app/info'))).toMatchObject({ appid: 'cn.taizhang.app', name: '台账', version: '0.1.0', arch: ['arm64'] });
    const desktop = installed('opt/apps/cn.taizhang.app/entries/applications/cn.taizhang.app.desktop');
    expect(desktop).toContain('Exec=/opt/apps/cn.taizhang.app/files/taizhang %U');
    expect(desktop).toContain('Icon=cn.taizhang.app');
    expect(desktop).toContain('Name[zh_CN]=台账');
    expect(installed('DEBIAN/postinst')).toContain("chmod 4755 '/opt/apps/cn.taizhang.app/files/chrome-sandbox'");
    expect(readFileSync(join(extracted, 'opt/apps/cn.taizhang.app/entries/icons/hicolor/512x512/apps/cn.taizhang.app.png'))).toEqual(readFileSync(join(root, 'resources/icons/icon.png')));
  }, 60_000);
});
