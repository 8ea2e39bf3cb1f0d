// Publishing a release and finding the one a device is offered (docs/decisions/033). The rows say what
// exists and for whom; the bytes are in the releases folder (release-folder.ts).
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import semver from 'semver';
import { suibinTownships } from '#shared/domain/reference/townships';
import { channelOfInstaller, type UpdateChannel } from '#shared/updates/channels';
import { chooseRelease, COUNTY_AUDIENCE, isOfferedTo, type Audience } from '#shared/updates/release-choice';
import type { Queryable } from '../db/database';
import type { DeviceIdentity } from '../sync/rights';
import { storeInstaller } from './release-folder';

/** An installer larger than this is not an installer of this app (about 100–200 MB): refused. */
export const MAX_INSTALLER_BYTES = 1024 * 1024 * 1024;

export class ReleaseError extends Error {}

export interface Release {
  version: string;
  channel: UpdateChannel;
  fileName: string;
  sha512: string;
  size: number;
  /** null: everyone. */
  audiences: string[] | null;
  releasedAt: string;
}

interface ReleaseRow {
  version: string;
  channel: UpdateChannel;
  file_name: string;
  sha512: string;
  size: string;
  audiences: string[] | null;
  released_at: Date | string;
}

const releaseOf = (row: ReleaseRow): Release => ({
  version: row.version,
  channel: row.channel,
  fileName: row.file_name,
  sha512: row.sha512,
  size: Number(row.size),
  audiences: row.audiences,
  releasedAt: new Date(row.released_at).toISOString(),
});

const columns = 'version, channel, file_name, sha512, size::text AS size, audiences, released_at';

/** Who a device is: its township, or the county. */
export const audienceOf = (device: DeviceIdentity): Audience => (device.role === 'county' ? COUNTY_AUDIENCE : (device.townshipId ?? ''));

/** `a,b` → known township codes or `county`; undefined → everyone. */
export function parseAudiences(list: string | undefined): string[] | null {
  if (list === undefined) return null;
  const codes = [...new Set(list.split(',').map((code) => code.trim()).filter(Boolean))];
  const known = new Set([...suibinTownships.map((t) => t.code), COUNTY_AUDIENCE]);
  const unknown = codes.filter((code) => !known.has(code));
  if (codes.length === 0 || unknown.length > 0) {
    const names = suibinTownships.map((t) => `${t.code} (${t.name})`).join('、');
    throw new ReleaseError(`没有乡镇代码 ${unknown.join(', ') || '（空）'}。可用的代码：${names}，以及 ${COUNTY_AUDIENCE}（县司法局）`);
  }
  return codes;
}

/** The version in an electron-builder artifact name (Taizhang-Setup-0.2.0.exe), or undefined. */
export function versionInName(fileName: string): string | undefined {
  const match = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)(?=[-_.](?:x64|x86_64|amd64|arm64|aarch64|exe|AppImage|Setup))/.exec(fileName);
  return match?.[1] ?? undefined;
}

export interface PublishRequest {
  file: string;
  version?: string;
  audiences: string[] | null;
}

export async function publishRelease(db: Queryable, releasesDir: string, request: PublishRequest): Promise<Release> {
  const fileName = basename(request.file);
  const channel = channelOfInstaller(fileName);
  if (!channel) throw new ReleaseError(`${fileName} 不是可发布的安装包：只接受 Windows 的 .exe（NSIS）和 Linux 的 .AppImage，文件名只能含英文字母、数字和 . _ -`);
  const version = semver.valid(request.version ?? versionInName(fileName) ?? '');
  if (!version) throw new ReleaseError(`无法从文件名 ${fileName} 读出版本号，请用 --version 指定（如 --version 0.2.0）`);
  const info = await stat(request.file).catch(() => undefined);
  if (!info?.isFile()) throw new ReleaseError(`找不到安装包文件 ${request.file}`);
  if (info.size === 0 || info.size > MAX_INSTALLER_BYTES) throw new ReleaseError(`安装包大小 ${info.size} 字节不合理（应在 1 字节到 1 GB 之间）`);
  const existing = await db.query<{ file_name: string }>('SELECT file_name FROM releases WHERE version = $1 AND channel = $2', [version, channel]);
  if (existing.rowCount) {
    throw new ReleaseError(`版本 ${version} 的 ${channel} 已发布（${existing.rows[0]?.file_name ?? ''}）。已发布的版本不可替换，请提高版本号后重新打包；改变发布范围请用 stage 命令。`);
  }
  const stored = await storeInstaller(releasesDir, version, fileName, request.file);
  const inserted = await db.query<ReleaseRow>(
    `INSERT INTO releases (version, channel, file_name, sha512, size, audiences) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (version, channel) DO NOTHING RETURNING ${columns}`,
    [version, channel, fileName, stored.sha512, stored.size, request.audiences],
  );
  const row = inserted.rows[0];
  if (!row) throw new ReleaseError(`版本 ${version} 的 ${channel} 刚被另一次发布抢先写入，请用 releases 命令查看`);
  return releaseOf(row);
}

/** Widens (or narrows) who is offered a version, on every channel it was published for; returns the rows changed. */
export async function stageRelease(db: Queryable, version: string, audiences: string[] | null): Promise<number> {
  const result = await db.query('UPDATE releases SET audiences = $2 WHERE version = $1', [version, audiences]);
  return result.rowCount ?? 0;
}

/** Every release, newest publication first (bounded: a county publishes a few a year). */
export async function listReleases(db: Queryable, limit = 200): Promise<Release[]> {
  const result = await db.query<ReleaseRow>(`SELECT ${columns} FROM releases ORDER BY released_at DESC, version DESC LIMIT $1`, [limit]);
  return result.rows.map(releaseOf);
}

/** The release of a channel offered to this device, or undefined. */
export async function releaseFor(db: Queryable, channel: UpdateChannel, device: DeviceIdentity): Promise<Release | undefined> {
  const result = await db.query<ReleaseRow>(`SELECT ${columns} FROM releases WHERE channel = $1`, [channel]);
  return chooseRelease(result.rows.map(releaseOf), audienceOf(device));
}

/** The release holding this installer, if this device is offered it (unknown and not offered look the same). */
export async function downloadableRelease(db: Queryable, version: string, fileName: string, device: DeviceIdentity): Promise<Release | undefined> {
  const result = await db.query<ReleaseRow>(`SELECT ${columns} FROM releases WHERE version = $1 AND file_name = $2`, [version, fileName]);
  const row = result.rows[0];
  if (!row) return undefined;
  const release = releaseOf(row);
  return isOfferedTo(release, audienceOf(device)) ? release : undefined;
}
