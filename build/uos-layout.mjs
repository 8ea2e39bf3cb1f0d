// The deb for UOS (统信) in its application layout, which UOS's app store and its desktop expect:
//   /opt/apps/<appid>/info                               JSON: appid, name, version, arch, permissions
//   /opt/apps/<appid>/entries/applications/<appid>.desktop
//   /opt/apps/<appid>/entries/icons/hicolor/512x512/apps/<appid>.png
//   /opt/apps/<appid>/files/                             the packaged app (electron-builder's linux-unpacked)
// and nothing outside /opt/apps/<appid>. electron-builder's own deb target (for Kylin and other
// Debian-style systems) installs to /opt/<productName> and /usr/share instead and cannot be told
// otherwise, so this deb is made separately, by after-pack.mjs, with dpkg-deb (decision 035).
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** electron-builder's Arch enum (x64 = 1, arm64 = 3) or its name → Debian's architecture name. */
export function debianArch(arch) {
  const name = typeof arch === 'number' ? { 1: 'x64', 3: 'arm64' }[arch] : arch;
  const debian = { x64: 'amd64', arm64: 'arm64' }[name ?? ''];
  if (!debian) throw new Error(`UOS deb: unsupported architecture ${String(arch)} (x64 and arm64 only)`);
  return debian;
}

/** What Electron needs from the system: electron-builder 26's default `depends` for deb. */
export const electronDepends = ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'];

/**
 * Every file of the UOS layout that is written rather than copied, with its place and mode, and
 * where the app and the icon go. Pure: the test reads it, writeUosDeb lays it out.
 */
export function uosLayout(app) {
  const arch = debianArch(app.arch);
  const root = `/opt/apps/${app.appId}`;
  const filesDir = `${root}/files`;
  const desktop = [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${app.name}`,
    `Name[zh_CN]=${app.name}`,
    `Comment=${app.synopsis}`,
    `Comment[zh_CN]=${app.synopsis}`,
    `Exec=${filesDir}/${app.executable} %U`,
    `Icon=${app.appId}`,
    'Terminal=false',
    'Categories=Office;',
    // Electron's window class is package.json's desktopName without .desktop: the dock links the window to this entry.
    `StartupWMClass=${app.appId}`,
    '',
  ].join('\n');
  const info = {
    appid: app.appId,
    name: app.name,
    version: app.version,
    arch: [arch],
    permissions: { autostart: false, notification: false, trayicon: false, clipboard: true, account: false, bluetooth: false, camera: false, audio_record: false, installed_apps: false },
  };
  const control = [
    `Package: ${app.appId}`,
    `Version: ${app.version}`,
    `Architecture: ${arch}`,
    `Maintainer: ${app.maintainer}`,
    `Depends: ${electronDepends.join(', ')}`,
    'Section: office',
    'Priority: optional',
    `Homepage: ${app.homepage}`,
    `Description: ${app.synopsis}`,
    ...app.description.split('\n').map((line) => ` ${line.trim() === '' ? '.' : line}`),
    '',
  ].join('\n');
  // Chromium's sandbox helper must be setuid root where user namespaces are off (as electron-builder's deb does).
  const postinst = [
    '#!/bin/sh',
    'set -e',
    'if [ -L /proc/self/ns/user ] && unshare --user true 2>/dev/null; then',
    `  chmod 0755 '${filesDir}/chrome-sandbox' || true`,
    'else',
    `  chmod 4755 '${filesDir}/chrome-sandbox' || true`,
    'fi',
    '',
  ].join('\n');
  return {
    packageName: app.appId,
    arch,
    root,
    filesDir,
    iconPath: `${root}/entries/icons/hicolor/512x512/apps/${app.appId}.png`,
    written: [
      { path: `${root}/info`, mode: 0o644, content: `${JSON.stringify(info, null, 2)}\n` },
      { path: `${root}/entries/applications/${app.appId}.desktop`, mode: 0o644, content: desktop },
      { path: 'DEBIAN/control', mode: 0o644, content: control },
      { path: 'DEBIAN/postinst', mode: 0o755, content: postinst },
    ],
  };
}

/** Lays the layout out around a packaged app folder and builds `outFile` with dpkg-deb. */
export async function writeUosDeb({ app, appOutDir, iconFile, outFile }) {
  const layout = uosLayout(app);
  const stage = await mkdtemp(join(tmpdir(), 'taizhang-uos-'));
  try {
    const at = (path) => join(stage, path.replace(/^\//, ''));
    await mkdir(dirname(at(layout.filesDir)), { recursive: true });
    await cp(appOutDir, at(layout.filesDir), { recursive: true, verbatimSymlinks: true });
    await mkdir(dirname(at(layout.iconPath)), { recursive: true });
    await cp(iconFile, at(layout.iconPath));
    for (const file of layout.written) {
      await mkdir(dirname(at(file.path)), { recursive: true });
      await writeFile(at(file.path), file.content);
      await chmod(at(file.path), file.mode);
    }
    await mkdir(dirname(outFile), { recursive: true });
    const built = spawnSync('dpkg-deb', ['--root-owner-group', '--build', stage, outFile], { encoding: 'utf8' });
    if (built.error || built.status !== 0) {
      throw new Error(`dpkg-deb could not build the UOS deb (it needs a Debian-family build host): ${built.error?.message ?? built.stderr}`);
    }
    return { ...layout, outFile };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
