// Each PC's sync health as the county's page shows it (decision 026): last contact in words, the
// waiting count it last reported, and a flag for a PC revoked or silent for more than N days.
import type { DeviceHealthRow } from '../../sync/device-reports';

export const silentDaysLimits = { default: 7, min: 1, max: 365 } as const;

export type HealthFlag = 'revoked' | 'silent' | 'never';

export interface DeviceHealthView {
  id: string;
  name: string;
  /** Township name, or 县司法局 for a county PC. */
  place: string;
  lastSeenAt: string | null;
  /** 刚刚, 5 分钟前, 3 天前, 从未同步. */
  lastSeenText: string;
  /** 待同步 as last reported, or 未上报 (a PC that never reported: an older app). */
  waitingText: string;
  appVersion: string;
  flag: HealthFlag | null;
  /** 已停用, 超过 7 天未同步, 从未同步; '' when all is well. */
  flagText: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago `at` was, in words, seen from `now` (both ISO times). */
export function timeAgoText(at: string | null, now: string): string {
  if (at === null) return '从未同步';
  const ms = Date.parse(now) - Date.parse(at);
  if (!Number.isFinite(ms)) return '时间不明';
  if (ms < MINUTE) return '刚刚';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} 分钟前`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} 小时前`;
  return `${Math.floor(ms / DAY)} 天前`;
}

function flagOf(row: DeviceHealthRow, now: string, silentDays: number): HealthFlag | null {
  if (row.revokedAt !== null) return 'revoked';
  if (row.lastSeenAt === null) return 'never';
  return Date.parse(now) - Date.parse(row.lastSeenAt) > silentDays * DAY ? 'silent' : null;
}

export function deviceHealth(rows: readonly DeviceHealthRow[], now: string, silentDays: number, townshipNames: Readonly<Record<string, string>>): DeviceHealthView[] {
  return rows.map((row) => {
    const flag = flagOf(row, now, silentDays);
    const flagText = flag === 'revoked' ? '已停用' : flag === 'silent' ? `超过 ${silentDays} 天未同步` : flag === 'never' ? '从未同步' : '';
    return {
      id: row.id,
      name: row.name,
      place: row.townshipId === null ? '县司法局' : townshipNames[row.townshipId] ?? row.townshipId,
      lastSeenAt: row.lastSeenAt,
      lastSeenText: timeAgoText(row.lastSeenAt, now),
      waitingText: row.waiting === null ? '未上报' : `${row.waiting} 条`,
      appVersion: row.appVersion ?? '未上报',
      flag,
      flagText,
    };
  });
}

/** The 未同步天数 setting as typed: a whole number of days within the limits, or why not, in Chinese. */
export function parseSilentDays(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: '请填写天数' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: '天数应为整数，例如 7' };
  const value = Number(trimmed);
  if (value < silentDaysLimits.min || value > silentDaysLimits.max) {
    return { ok: false, message: `天数应在 ${silentDaysLimits.min} 到 ${silentDaysLimits.max} 之间` };
  }
  return { ok: true, value };
}
