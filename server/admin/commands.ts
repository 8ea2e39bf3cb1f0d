// Administrator commands (npm run server -- <command>): issue enrollment codes, list and revoke
// devices. Pure functions of the database, so the CLI, the admin socket and tests share them.
import type { Database } from '../db/database';
import { issueEnrollmentCode, listDevices, revokeDevice } from '../auth/devices';
import { suibinTownships } from '#shared/domain/reference/townships';
import { UPDATES_PATH } from '#shared/updates/channels';
import { listReleases, parseAudiences, publishRelease, ReleaseError, stageRelease } from '../updates/releases';

export class UsageError extends Error {}

export const usage = `用法 (usage):
  npm run server                                   启动县服务器 (start the server)
  npm run server -- issue-code --township <code>   为乡镇签发一次性登记码 (one-time code for a township device)
  npm run server -- issue-code --county            为县司法局签发登记码 (code for a county device)
        [--ttl-hours <n>]                          有效期，默认 72 小时 (validity, default 72 h)
  npm run server -- devices                        列出已登记的设备 (list devices)
  npm run server -- revoke <deviceId>              撤销设备 (revoke a device)
  npm run server -- publish <安装包> [--version <x.y.z>] [--townships <a,b>|county]
                                                   发布新版本，可先只发给部分乡镇 (publish an update, staged or to all)
  npm run server -- stage <x.y.z> --townships <a,b> | --all   改变发布范围 (change who is offered a version)
  npm run server -- releases                       列出已发布的版本 (list releases)
环境变量 (env): DATABASE_URL, TAIZHANG_DATA_DIR, TAIZHANG_HOST, TAIZHANG_PORT, TAIZHANG_LOG_LEVEL, TAIZHANG_TRUST_PROXY`;

export const adminCommandNames = ['issue-code', 'devices', 'revoke', 'publish', 'stage', 'releases'] as const;

/** What the commands reach besides the database. */
export interface AdminContext {
  /** The data folder's releases/; publish needs it. */
  releasesDir?: string;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} 需要一个值`);
  return value;
}

async function issueCode(db: Database, args: string[]): Promise<string> {
  const township = args.includes('--township') ? option(args, '--township') : undefined;
  const county = args.includes('--county');
  if (county === (township !== undefined)) throw new UsageError('请指定 --township <乡镇代码> 或 --county 之一');
  // A code for a township that does not exist would enroll a PC that sees nothing and whose
  // records no county view lists (rule S46).
  if (township !== undefined && !suibinTownships.some((t) => t.code === township)) {
    const known = suibinTownships.map((t) => `${t.code} (${t.name})`).join('、');
    throw new UsageError(`没有乡镇代码 ${township}。可用的乡镇代码：${known}`);
  }
  const ttl = option(args, '--ttl-hours');
  const ttlHours = ttl === undefined ? undefined : Number(ttl);
  if (ttlHours !== undefined && !(ttlHours > 0 && ttlHours <= 24 * 30)) throw new UsageError('--ttl-hours 应在 0 到 720 之间');
  const issued = await issueEnrollmentCode(db, { role: county ? 'county' : 'township', townshipId: township ?? null, ttlHours });
  const who = issued.role === 'county' ? '县司法局设备 (county)' : `乡镇设备 (township ${issued.townshipId ?? ''})`;
  return [`登记码 (enrollment code): ${issued.code}`, `用于 (for): ${who}`, `有效至 (expires): ${issued.expiresAt}`, '只能使用一次 (single use).'].join('\n');
}

async function devices(db: Database): Promise<string> {
  const rows = await listDevices(db);
  if (rows.length === 0) return '尚无登记的设备 (no devices).';
  const header = ['deviceId', 'role', 'township', 'name', 'enrolled', 'lastSeen', 'status'].join('\t');
  const lines = rows.map((d) =>
    [d.id, d.role, d.townshipId ?? '-', d.name, d.createdAt, d.lastSeenAt ?? '-', d.revokedAt ? `revoked ${d.revokedAt}` : 'active'].join('\t'),
  );
  return [header, ...lines].join('\n');
}

async function revoke(db: Database, args: string[]): Promise<string> {
  const deviceId = args[0];
  if (!deviceId) throw new UsageError('请给出要撤销的 deviceId（见 devices 命令）');
  return (await revokeDevice(db, deviceId))
    ? `已撤销 (revoked): ${deviceId}。该设备的下一次请求将被拒绝。`
    : `没有这个有效的设备 (no active device): ${deviceId}`;
}

const audienceText = (audiences: readonly string[] | null) => (audiences ? `仅 (only) ${audiences.join(', ')}` : '全部乡镇和县 (everyone)');

async function publish(db: Database, args: string[], context: AdminContext): Promise<string> {
  const file = args[0];
  if (!file || file.startsWith('--')) throw new UsageError('请给出安装包文件，如 publish dist/Taizhang-Setup-0.2.0.exe');
  if (!context.releasesDir) throw new UsageError('此服务器没有配置版本发布文件夹');
  const audiences = parseAudiences(args.includes('--townships') ? option(args, '--townships') : undefined);
  const release = await publishRelease(db, context.releasesDir, { file, version: option(args, '--version'), audiences });
  return [
    `已发布 (published): ${release.version} → ${release.channel}`,
    `文件 (file): ${release.fileName}, ${release.size} 字节`,
    `sha512: ${release.sha512}`,
    `发给 (for): ${audienceText(release.audiences)}`,
    `台账联网时自动下载，在下次启动时安装 (apps fetch ${UPDATES_PATH}${release.channel}).`,
  ].join('\n');
}

async function stage(db: Database, args: string[]): Promise<string> {
  const version = args[0];
  if (!version || version.startsWith('--')) throw new UsageError('请给出版本号，如 stage 0.2.0 --all');
  const all = args.includes('--all');
  if (all === args.includes('--townships')) throw new UsageError('请指定 --townships <乡镇代码,…> 或 --all 之一');
  const audiences = all ? null : parseAudiences(option(args, '--townships'));
  const changed = await stageRelease(db, version, audiences);
  if (changed === 0) throw new UsageError(`没有已发布的版本 ${version}（见 releases 命令）`);
  return `版本 ${version} 现在发给 (now for): ${audienceText(audiences)}`;
}

async function releases(db: Database): Promise<string> {
  const rows = await listReleases(db);
  if (rows.length === 0) return '尚未发布任何版本 (no releases).';
  const header = ['version', 'channel', 'file', 'size', 'for', 'released'].join('\t');
  return [header, ...rows.map((r) => [r.version, r.channel, r.fileName, r.size, r.audiences?.join(',') ?? 'all', r.releasedAt].join('\t'))].join('\n');
}

async function withReleaseErrors(run: () => Promise<string>): Promise<string> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReleaseError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runAdminCommand(db: Database, argv: string[], context: AdminContext = {}): Promise<string> {
  const [command, ...args] = argv;
  switch (command) {
    case 'issue-code':
      return issueCode(db, args);
    case 'devices':
      return devices(db);
    case 'revoke':
      return revoke(db, args);
    case 'publish':
      return withReleaseErrors(() => publish(db, args, context));
    case 'stage':
      return withReleaseErrors(() => stage(db, args));
    case 'releases':
      return releases(db);
    default:
      throw new UsageError(usage);
  }
}
