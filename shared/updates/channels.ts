// What the county server serves to electron-updater's generic provider (decision 033): one channel file
// per platform, named as electron-updater asks for it, and the installer a release carries for it.

/** Channel files electron-updater's generic provider requests: Windows NSIS, Linux AppImage x64 and arm64. */
export const updateChannels = {
  'latest.yml': { label: 'Windows (NSIS)', extension: '.exe' },
  'latest-linux.yml': { label: 'Linux AppImage x64', extension: '.AppImage' },
  'latest-linux-arm64.yml': { label: 'Linux AppImage arm64', extension: '.AppImage' },
} as const;

export type UpdateChannel = keyof typeof updateChannels;

export const isUpdateChannel = (name: string): name is UpdateChannel => Object.hasOwn(updateChannels, name);

/** Installer names: ASCII only (decision 004), no folder, so a name is also a safe URL segment and file name. */
export const INSTALLER_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

/** The channel an installer belongs to, from its name as electron-builder writes it; undefined for others (deb, zip …). */
export function channelOfInstaller(fileName: string): UpdateChannel | undefined {
  if (!INSTALLER_NAME_PATTERN.test(fileName)) return undefined;
  if (fileName.endsWith('.exe')) return 'latest.yml';
  if (fileName.endsWith('.AppImage')) return /(arm64|aarch64)/i.test(fileName) ? 'latest-linux-arm64.yml' : 'latest-linux.yml';
  return undefined;
}

/** The URL path under the server's base address where updates live; electron-updater appends the channel file. */
export const UPDATES_PATH = '/v1/updates/';
