// electron-updater behind UpdaterPort (updates.ts): the generic provider at the county server, the device token
// in a header, no download or install on its own — the controller decides, checks the hash, then allows the
// install when the app quits. Wiring only; not unit-tested (it needs the Electron binary).
import electronUpdater from 'electron-updater';
import type { UpdaterPort } from './updates';

/** Whether electron-updater can replace this install: the NSIS one on Windows, an AppImage on Linux (not a deb). */
export function updatesSupported(packaged: boolean, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return packaged && (platform === 'win32' || (platform === 'linux' && Boolean(env.APPIMAGE)));
}

export function electronUpdaterPort(): UpdaterPort {
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  // The county server keeps no .blockmap files: always the whole installer.
  autoUpdater.disableDifferentialDownload = true;
  return {
    configure(feedUrl, headers) {
      autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
      autoUpdater.requestHeaders = headers;
    },
    async check() {
      const result = await autoUpdater.checkForUpdates();
      return result?.updateInfo ?? null;
    },
    download: () => autoUpdater.downloadUpdate(),
    installOnQuit(install) {
      autoUpdater.autoInstallOnAppQuit = install;
    },
    onProgress(listener) {
      autoUpdater.on('download-progress', (progress) => listener(progress.percent));
    },
  };
}
