// Administrator commands (npm run server -- <command>): issue enrollment codes, list and revoke
// devices. Pure functions of the database, so the CLI, the admin socket and tests share them.
import type { Database } from '../db/database';
import { issueEnrollmentCode, listDevices, revokeDevice } from '../auth/devices';
import { suibinTownships } from '#shared/domain/reference/townships';

export class UsageError extends Error {}

export const usage = `用法 (usage):
  npm run server                                   启动县服务器 (start the server)
  npm run server -- issue-code --township <code>   为乡镇签发一次性登记码 (one-time code for a township device)
  npm run server -- issue-code --county            为县司法局签发登记码 (code for a county device)
        [--ttl-hours <n>]                          有效期，默认 72 小时 (validity, default 72 h)
  npm run server -- devices                        列出已登记的设备 (list devices)
  npm run server -- revoke <deviceId>              撤销设备 (revoke a device)
环境变量 (env): DATABASE_URL, TAIZHANG_DATA_DIR, TAIZHANG_HOST, TAIZHANG_PORT, TAIZHANG_LOG_LEVEL, TAIZHANG_TRUST_PROXY`;

export const adminCommandNames = ['issue-code', 'devices', 'revoke'] as const;

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

export async function runAdminCommand(db: Database, argv: string[]): Promise<string> {
  const [command, ...args] = argv;
  switch (command) {
    case 'issue-code':
      return issueCode(db, args);
    case 'devices':
      return devices(db);
    case 'revoke':
      return revoke(db, args);
    default:
      throw new UsageError(usage);
  }
}
