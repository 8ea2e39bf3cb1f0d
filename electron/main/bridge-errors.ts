// Failures the shell answers over the bridge: a code for programs, a Chinese message an
// official can act on (docs/design.md §7.4). Thrown errors never cross the bridge for expected cases.
import type { BridgeError } from '#shared/bridge';

export const bridgeErrors = {
  BRIDGE_INVALID_REQUEST: '请求的格式不对，操作没有执行。请重试；若反复出现，请联系管理员。',
  FILE_NAME_INVALID: '文件名不可用：不能为空，不能含有 \\ / : * ? " < > | 等字符，不超过 120 个字。',
  FILE_TYPE_INVALID: '文件类型的设置不对，无法打开保存对话框。',
  FILE_TOO_LARGE: '文件太大（超过 100 MB），无法保存。请缩小导出的范围后重试。',
  FILE_WRITE_FAILED: '无法写入文件。请换一个保存位置，或检查磁盘空间和权限后重试。',
  BACKUP_TOO_LARGE: '备份文件太大（超过 1 GB），无法保存。请联系县司法局技术人员。',
  BACKUP_NO_FOLDER: '还没有选择自动备份的文件夹。请在“设置 → 备份与恢复”中选择。',
  BACKUP_READ_FAILED: '无法读取这个文件。请确认U盘已插好、文件没有被其他程序占用后重试。',
  BACKUP_FOLDER_UNUSABLE: '无法使用这个文件夹保存备份。请换一个文件夹或U盘。',
  PDF_PRINT_FAILED: '生成 PDF 失败。请重试；若反复出现，请重启台账。',
  DATA_KEY_NO_ENCRYPTION:
    '本机无法使用系统的密钥保护，台账不会以明文保存数据密钥。Linux 请安装并解锁“密钥环”（gnome-keyring 或 KWallet）后重启台账。',
  DATA_KEY_UNREADABLE:
    '无法解开本机的数据密钥（可能换了系统账户或密钥环）。为免已存数据无法读取，台账没有生成新密钥。请联系管理员。',
  DATA_KEY_WRITE_FAILED: '无法保存数据密钥。请检查用户目录的磁盘空间和权限后重启台账。',
  SYNC_SECRETS_INVALID: '同步凭据格式不对，没有保存。请重新登记；若反复出现，请联系管理员。',
  SYNC_SECRETS_NO_ENCRYPTION:
    '本机无法使用系统的密钥保护，台账不会以明文保存同步凭据。Linux 请安装并解锁“密钥环”（gnome-keyring 或 KWallet）后重启台账。',
  SYNC_SECRETS_UNREADABLE: '无法解开本机保存的同步凭据（可能换了系统账户或密钥环）。请在“设置”中退出登记，再用新的登记码重新登记。',
  SYNC_SECRETS_WRITE_FAILED: '无法保存同步凭据。请检查用户目录的磁盘空间和权限后重试。',
} as const;

export type BridgeErrorCode = keyof typeof bridgeErrors;

export function bridgeFailure(code: BridgeErrorCode, detail?: string): { ok: false; error: BridgeError } {
  const message = detail ? `${bridgeErrors[code]}（${detail}）` : bridgeErrors[code];
  return { ok: false, error: { code, message } };
}
