// Errors in this app read "CODE: 中文说明" (docs/design.md §7.4); split them for display, and never show a bare stack.
export interface ShownError {
  code: string;
  message: string;
}

export function describeError(error: unknown): ShownError {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /^([A-Z][A-Z0-9_]+):\s*(.+)$/s.exec(text);
  if (match?.[1] && match[2]) return { code: match[1], message: match[2] };
  if (error instanceof Error && error.name === 'QuotaExceededError') return { code: 'STORAGE_FULL', message: '磁盘空间不足，无法保存数据。请清理磁盘后重试。' };
  return { code: 'UNEXPECTED', message: text ? `发生了意外错误：${text}` : '发生了意外错误。' };
}
