// 工作台's 最近备份 line, and a warning after 7 days without a backup (decision 032).
import { useCallback } from 'react';
import { Alert, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'wouter';
import { backupFreshness } from '#shared/backup/schedule';
import { useAppStore } from '../../app/store-context';
import { useBackup } from '../../backup/backup-context';
import { useAsync } from '../../components/async/useAsync';

export function formatBackupTime(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function BackupReminder() {
  const backup = useBackup();
  const store = useAppStore();
  const load = useCallback(() => (backup ? backup.status() : Promise.resolve(null)), [backup]);
  const status = useAsync(load);
  if (!backup || !status.data) return null;
  const freshness = backupFreshness(status.data.lastBackupAt, store.clock());
  const settingsLink = <MuiLink component={Link} href="/settings">设置 → 备份与恢复</MuiLink>;
  if (freshness.state === 'recent') {
    return <Typography variant="body2" data-testid="backup-reminder">最近备份：{formatBackupTime(freshness.lastBackupAt)}</Typography>;
  }
  return (
    <Alert severity="warning" data-testid="backup-reminder">
      {freshness.state === 'never' ? '本机还没有备份。' : `最近备份：${formatBackupTime(freshness.lastBackupAt)}，已经 ${freshness.days} 天没有备份。`}
      电脑硬盘损坏会丢失尚未同步的台账，请到 {settingsLink} 立即备份。
    </Alert>
  );
}
