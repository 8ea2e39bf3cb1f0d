// Errors in this app read "CODE: 中文说明" (docs/design.md §7.4); split them for display, and never show a
// bare stack. The local database's own errors (RxDB's, in English, with a code such as DB1) are told in
// Chinese by what the official can do about them; their code stays visible for the county's technician.
export interface ShownError {
  code: string;
  message: string;
}

/** RxDB errors the official can act on; any other one is named by its code only. */
const databaseErrors: Readonly<Record<string, ShownError>> = {
  DB1: {
    code: 'STORE_KEY_MISMATCH',
    message: '本机数据的加密密钥与已保存的数据不一致，无法打开已录入的台账。可能是本机的系统账户或密钥存储发生了变化；请不要清除本程序的数据，并联系县司法局技术人员。',
  },
};

function databaseErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('rxdb' in error) || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function describeError(error: unknown): ShownError {
  const databaseCode = databaseErrorCode(error);
  if (databaseCode) return databaseErrors[databaseCode] ?? { code: `DATABASE_${databaseCode}`, message: `本机数据库出错（${databaseCode}）。` };
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /^([A-Z][A-Z0-9_]+):\s*(.+)$/s.exec(text);
  if (match?.[1] && match[2]) return { code: match[1], message: match[2] };
  if (error instanceof Error && error.name === 'QuotaExceededError') return { code: 'STORAGE_FULL', message: '磁盘空间不足，无法保存数据。请清理磁盘后重试。' };
  return { code: 'UNEXPECTED', message: text ? `发生了意外错误：${text}` : '发生了意外错误。' };
}
