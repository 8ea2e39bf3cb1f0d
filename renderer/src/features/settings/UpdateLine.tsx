// One line in 设置 → 数据安全 about updates from the county server (decision 033): a new version waiting to be
// installed at the next start, a download under way, or why the last try failed. Nothing while up to date.
import { Alert, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { UpdateStatus } from '#shared/bridge';

/** What an official reads for a status; null when there is nothing to say. */
export function updateText(status: UpdateStatus): { severity: 'info' | 'warning'; text: string } | null {
  switch (status.state) {
    case 'ready':
      return { severity: 'info', text: `有新版本 ${status.version}，将在下次启动时安装。` };
    case 'downloading':
      return { severity: 'info', text: `正在后台下载新版本 ${status.version}（${status.percent}%），不影响正常使用。` };
    case 'failed':
      return { severity: 'warning', text: status.message };
    default:
      return null;
  }
}

export function UpdateLine({ read }: { read: () => Promise<UpdateStatus> }) {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  useEffect(() => {
    let live = true;
    read().then((next) => { if (live) setStatus(next); }, () => undefined);
    return () => { live = false; };
  }, [read]);
  const shown = status && updateText(status);
  if (!shown) return null;
  return shown.severity === 'warning'
    ? <Alert severity="warning">{shown.text}</Alert>
    : <Typography variant="body2" color="primary" role="status">{shown.text}</Typography>;
}
