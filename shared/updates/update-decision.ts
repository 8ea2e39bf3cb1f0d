// The app's side of an update (decision 033): whether what the county server serves is an update for
// this installation, and whether a downloaded installer is the one the server described.
import semver from 'semver';

/** The part of a channel file (electron-updater's UpdateInfo) the decision reads. */
export interface ServedRelease {
  version: string;
  files: readonly { url: string; sha512: string; size?: number }[];
}

export type UpdateDecision =
  | { update: true; version: string; file: { url: string; sha512: string; size?: number } }
  | { update: false; reason: 'up-to-date' | 'older' | 'invalid' };

/**
 * An update only to a strictly newer, valid version with an installer and its hash. An older one (the county
 * withdrew a release, or this PC got a newer one elsewhere) is never installed: a downgrade could open a
 * database written by the newer version, which the older app must refuse.
 */
export function decideUpdate(currentVersion: string, served: ServedRelease): UpdateDecision {
  const current = semver.valid(currentVersion);
  const offered = semver.valid(served.version);
  const file = served.files[0];
  if (!current || !offered || !file || !file.url || !isSha512Base64(file.sha512)) return { update: false, reason: 'invalid' };
  if (semver.eq(offered, current)) return { update: false, reason: 'up-to-date' };
  if (semver.lt(offered, current)) return { update: false, reason: 'older' };
  return { update: true, version: offered, file };
}

/** A SHA-512 digest in base64, as electron-updater writes and checks it (64 bytes → 88 characters). */
export const isSha512Base64 = (value: string): boolean => /^[A-Za-z0-9+/]{86}==$/.test(value);

export type HashCheck = { ok: true } | { ok: false; code: 'UPDATE_HASH_MISMATCH'; message: string };

/** A downloaded installer is kept only if its SHA-512 is the one the county server published. */
export function checkDownloadedHash(actualSha512: string, expectedSha512: string): HashCheck {
  if (isSha512Base64(expectedSha512) && actualSha512 === expectedSha512) return { ok: true };
  return {
    ok: false,
    code: 'UPDATE_HASH_MISMATCH',
    message: '下载的新版本安装文件与县服务器公布的校验值不一致，可能在传输中损坏或被篡改，已拒绝安装。台账会在下次联网时重新下载；若反复出现，请联系县司法局技术人员。',
  };
}
