// A channel file in electron-updater's generic-provider format (UpdateInfo): version, files[{url, sha512,
// size}], and the legacy path/sha512 its older versions read; releaseDate. The url is relative to the
// channel file's address, so it resolves to GET /v1/updates/<version>/<file>.
import { stringify } from 'yaml';
import type { Release } from './releases';

export const installerUrl = (release: Pick<Release, 'version' | 'fileName'>): string =>
  `${encodeURIComponent(release.version)}/${encodeURIComponent(release.fileName)}`;

export function channelFile(release: Release): string {
  const url = installerUrl(release);
  return stringify({
    version: release.version,
    files: [{ url, sha512: release.sha512, size: release.size }],
    path: url,
    sha512: release.sha512,
    releaseDate: release.releasedAt,
  });
}
