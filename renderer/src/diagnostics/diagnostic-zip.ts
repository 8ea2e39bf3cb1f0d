// 导出诊断信息 (docs/decisions/034): one zip an official can send to the county when something is wrong.
// It holds what helps find the fault — versions, settings, sync state, the newest log lines — and no
// personal data or secret: the operator's name becomes "已填写", free text is redacted, and every entry
// is scrubbed at the end of the values known to be secret on this PC (data key, sync token).
import { strToU8, zipSync } from 'fflate';
import type { AppInfo, KeyProtection } from '#shared/bridge';
import { redactText, redactValue, type RedactOptions } from '#shared/diagnostics/redact';
import type { DeviceSettings } from '../store/contract';
import type { SyncEnrollment, SyncStatus } from '../sync/contract';

export interface DiagnosticFacts {
  app: AppInfo;
  exportedAt: Date;
  /** Absent when the app could not start far enough to know them (the error page). */
  keyProtection?: KeyProtection;
  settings?: DeviceSettings;
  sync?: { status: SyncStatus; enrollment: SyncEnrollment | null };
  /** Newest last; `null` when the log could not be read (its reason goes in the file instead). */
  logLines: string[] | null;
  logProblem?: string;
  /** What went wrong on screen, when the error page exports (already described for the log). */
  failure?: string;
}

/** The entries, in the order a reader meets them. */
export const DIAGNOSTIC_ENTRIES = ['README.txt', 'versions.json', 'settings.json', 'sync.json', 'log.txt'] as const;

const readme = (facts: DiagnosticFacts) => `台账诊断信息
导出时间：${facts.exportedAt.toISOString()}

这个文件帮助县司法局和技术人员查找台账出现的问题。
其中有：版本信息（versions.json）、本机设置（settings.json）、同步状态（sync.json）、最近的运行记录（log.txt）。
其中没有：当事人和工作人员的姓名、身份证号码、电话、住址，也没有数据密钥和同步凭据。
请把这个文件发给县司法局的技术联系人。
`;

function settingsEntry(settings: DeviceSettings | undefined) {
  if (!settings) return { known: false };
  return {
    known: true,
    deviceId: settings.deviceId,
    townshipId: settings.townshipId,
    role: settings.role,
    // Whether a name is set is what a helper needs; whose it is, is not theirs to know.
    operatorName: settings.operatorName.trim() ? '已填写' : '未填写',
  };
}

function syncEntry(sync: DiagnosticFacts['sync']) {
  if (!sync) return { known: false };
  const { status, enrollment } = sync;
  return {
    known: true,
    phase: status.phase,
    online: status.online,
    waiting: status.waiting,
    conflicts: status.conflicts,
    lastSyncedAt: status.lastSyncedAt ?? null,
    lastError: status.lastError ? { code: status.lastError.code, message: status.lastError.message, at: status.lastError.at } : null,
    initialPull: status.initialPull ?? null,
    // Their titles name people: the count and kinds are enough to start from.
    problemRecords: (status.problemRecords ?? []).map((problem) => ({ kind: problem.kind, recordId: problem.recordId })),
    enrollment: enrollment
      ? { serverUrl: enrollment.serverUrl, deviceId: enrollment.deviceId, role: enrollment.role, townshipId: enrollment.townshipId, enrolledAt: enrollment.enrolledAt }
      : null,
  };
}

/** JSON whose every string is redacted with the known values: scrubbed value by value, so it stays JSON. */
const json = (value: unknown, options: RedactOptions) =>
  `${JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? redactText(item, options) : item), 2)}\n`;

/**
 * The zip's bytes. `known` are exact values that must not appear anywhere in it (the data key, the
 * sync token, the operator's name); they are removed from every entry after it is written.
 */
export function buildDiagnosticZip(facts: DiagnosticFacts, known: readonly string[]): Uint8Array {
  const options = { known };
  const versions = {
    app: facts.app.name,
    version: facts.app.version,
    platform: facts.app.platform,
    os: facts.app.os,
    keyProtection: facts.keyProtection ?? null,
    exportedAt: facts.exportedAt.toISOString(),
    failure: facts.failure ?? null,
  };
  const log = facts.logLines === null ? `（无法读取运行记录：${facts.logProblem ?? '原因不明'}）\n` : `${facts.logLines.join('\n')}\n`;
  const texts: Record<(typeof DIAGNOSTIC_ENTRIES)[number], string> = {
    'versions.json': json(versions, options),
    'settings.json': json(settingsEntry(facts.settings), options),
    'sync.json': json(redactValue(syncEntry(facts.sync), options), options),
    // The log's lines were redacted when written; here once more, with the values known to this PC.
    'log.txt': redactText(log, options),
    'README.txt': readme(facts),
  };
  const files: Record<string, Uint8Array> = {};
  for (const name of DIAGNOSTIC_ENTRIES) files[name] = strToU8(texts[name]);
  return zipSync(files, { level: 6, mtime: facts.exportedAt });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** e.g. 台账诊断信息-20261206-1530.zip, in the PC's local time. */
export function diagnosticFileName(at: Date): string {
  return `台账诊断信息-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.zip`;
}
