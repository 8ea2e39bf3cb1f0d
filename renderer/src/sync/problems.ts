// Every failure the sync client meets, as a SyncProblem (code + Chinese message an official can
// act on), and what to do about it: retry with backoff, wait for the official, or stop.
import { documentReasons, type DocumentProblem, type SyncError } from '#shared/sync/index';
import type { SyncProblem } from './contract';
import { serverUrlMessages } from './server-url';

export const problems = {
  serverUnreachable: { code: 'SERVER_UNREACHABLE', message: '无法连接县服务器，请检查服务器地址和网络' },
  serverUrlInvalid: { code: 'SERVER_URL_INVALID', message: serverUrlMessages.invalid },
  serverUrlNotEncrypted: { code: 'SERVER_URL_NOT_ENCRYPTED', message: serverUrlMessages['plain-http'] },
  serverAnswerInvalid: { code: 'SERVER_ANSWER_INVALID', message: '该地址的回答不是台账县服务器的回答，请检查服务器地址' },
  codeMissing: { code: 'ENROLLMENT_CODE_MISSING', message: '请填写县司法局给的登记码' },
  deviceNameMissing: { code: 'DEVICE_NAME_MISSING', message: '请填写本机名称，例如“忠仁镇司法所 1 号电脑”' },
  secretsUnavailable: { code: 'SYNC_SECRETS_UNAVAILABLE', message: '无法保存或读取本机的同步凭据，请重新打开台账' },
  tokenMissing: { code: 'SYNC_TOKEN_MISSING', message: '本机的同步凭据丢失，请在“设置”中重新登记' },
} as const satisfies Record<string, SyncProblem>;

/**
 * - transient: network, 408 (the line was too slow for the server's deadline), 429, 5xx — back off and retry by itself.
 * - fatal: the device may no longer sync as it is (revoked, unknown token, app or server too old).
 * - refused: the server refused this batch (400/403/413); resending it as it is will not help.
 */
export type ProblemKind = 'transient' | 'fatal' | 'refused';

const fatalCodes = new Set(['DEVICE_REVOKED', 'UNAUTHENTICATED', 'CLIENT_TOO_OLD', 'SERVER_TOO_OLD', 'PROTOCOL_REQUIRED']);

export class SyncRequestError extends Error {
  constructor(
    readonly problem: SyncProblem,
    readonly kind: ProblemKind,
    readonly status?: number,
  ) {
    super(`${problem.code}: ${problem.message}`);
  }
}

export function kindOfStatus(status: number, code: string): ProblemKind {
  if (fatalCodes.has(code) || status === 401 || status === 426) return 'fatal';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'refused';
}

const isDocumentProblem = (value: unknown): value is DocumentProblem =>
  typeof value === 'object' && value !== null && typeof (value as DocumentProblem).reason === 'string';

/** The server's message, plus the first refused rows (which record, why) so an official can find them. */
export function describeServerError(body: Partial<SyncError> | undefined, status: number): SyncProblem {
  const code = typeof body?.code === 'string' ? body.code : `HTTP_${status}`;
  const message = typeof body?.message === 'string' ? body.message : `县服务器返回错误（${status}），稍后会自动重试`;
  const rows = Array.isArray(body?.details) ? body.details.filter(isDocumentProblem) : [];
  if (rows.length === 0) return { code, message };
  const shown = rows.slice(0, 3).map((row) => {
    const why = row.message || documentReasons[row.reason] || row.reason;
    return `第 ${row.index + 1} 条${row.id ? `（${row.id}）` : ''}：${why}${row.path ? `（${row.path}）` : ''}`;
  });
  const more = rows.length > shown.length ? `；另有 ${rows.length - shown.length} 条` : '';
  return { code, message: `${message}${shown.join('；')}${more}` };
}

/** What an RxDB replication error shows; undefined for a request failure the request already reported, and for a stop. */
export function replicationProblem(error: { code?: string; parameters?: unknown }): SyncProblem | undefined {
  const cause = (error.parameters as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message ?? '';
  if (/^[A-Z_]+: /.test(cause) || cause.startsWith('SYNC_STOPPED')) return undefined;
  return { code: `SYNC_${error.code ?? 'FAILED'}`, message: `同步出错（${error.code ?? '未知'}${cause ? `：${cause.slice(0, 200)}` : ''}），稍后会自动重试` };
}
