// The sync status in the app bar: one compact chip (未登记 / 离线 / 同步中 / 已同步 / 同步出错, with
// 待同步 N 条 and, on a long first sync, 已接收 N 条) that opens a panel with the last sync time,
// the last error in Chinese, the conflicts waiting, the 有问题的记录 kept back, and 立即同步.
import { useState, type ReactElement } from 'react';
import { Alert, Box, Button, Chip, Divider, Popover, Stack, Typography } from '@mui/material';
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined';
import CloudQueueIcon from '@mui/icons-material/CloudQueueOutlined';
import SyncIcon from '@mui/icons-material/SyncOutlined';
import SyncProblemIcon from '@mui/icons-material/SyncProblemOutlined';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import { Link } from 'wouter';
import type { SyncPhase, SyncStatus } from './contract';
import { ProblemRecordsAlert } from './ProblemRecordsAlert';
import { useSync } from './SyncContext';

dayjs.extend(relativeTime);

const phaseTexts: Record<SyncPhase, { label: string; icon: ReactElement; explain: string }> = {
  notEnrolled: { label: '未登记', icon: <CloudQueueIcon />, explain: '本机尚未登记到县服务器，记录只保存在本机。' },
  offline: { label: '离线', icon: <CloudOffIcon />, explain: '连不上县服务器。记录照常保存在本机，网络恢复后会自动同步。' },
  syncing: { label: '同步中', icon: <SyncIcon />, explain: '正在与县服务器同步。' },
  idle: { label: '已同步', icon: <CloudDoneIcon />, explain: '本机记录已与县服务器一致。' },
  error: { label: '同步出错', icon: <SyncProblemIcon />, explain: '同步没有成功，需要处理后才能继续。' },
};

/** What the chip says, e.g. 离线 · 待同步 3 条, 同步中 · 已接收 1200 条. */
export function chipText(status: SyncStatus): string {
  const parts = [phaseTexts[status.phase].label];
  if (status.phase === 'syncing' && status.initialPull && !status.initialPull.done) parts.push(`已接收 ${status.initialPull.received} 条`);
  if (status.phase !== 'notEnrolled' && status.waiting > 0) parts.push(`待同步 ${status.waiting} 条`);
  const problems = status.problemRecords?.length ?? 0;
  if (status.phase !== 'notEnrolled' && problems > 0) parts.push(`有问题的记录 ${problems} 条`);
  return parts.join(' · ');
}

export const describeTime = (iso: string): string => {
  const time = dayjs(iso).locale('zh-cn');
  return `${time.format('YYYY年M月D日 HH:mm')}（${time.fromNow()}）`;
};

const chipColors: Record<SyncPhase, string> = {
  notEnrolled: 'rgba(255,255,255,0.6)', offline: '#ffcc80', syncing: 'rgba(255,255,255,0.85)', idle: '#a5d6a7', error: '#ef9a9a',
};

export function SyncStatusChip() {
  const { client, status } = useSync();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const text = chipText(status);
  const phase = phaseTexts[status.phase];
  const enrolled = status.phase !== 'notEnrolled';
  return (
    <>
      <Chip
        data-testid="sync-status" icon={phase.icon} label={status.conflicts > 0 ? `${text} · 冲突 ${status.conflicts}` : text}
        variant="outlined" size="small" clickable aria-haspopup="dialog" aria-label={`同步状态：${text}`}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ color: 'inherit', borderColor: chipColors[status.phase], '& .MuiChip-icon': { color: chipColors[status.phase] } }}
      />
      <Popover open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': '同步详情', sx: { p: 2, width: 340 } } }}>
        <Stack spacing={1}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{text}</Typography>
          <Typography variant="body2" color="text.secondary">{phase.explain}</Typography>
          {enrolled && (
            <>
              <Divider />
              <Typography variant="body2" data-testid="sync-last-synced">
                上次同步：{status.lastSyncedAt ? describeTime(status.lastSyncedAt) : '尚未同步过'}
              </Typography>
              <Typography variant="body2">待同步：{status.waiting} 条</Typography>
              {status.initialPull && !status.initialPull.done && (
                <Typography variant="body2">首次同步：已接收 {status.initialPull.received} 条记录，请保持联网。</Typography>
              )}
              {status.lastError && (
                <Alert severity={status.phase === 'error' ? 'error' : 'warning'} sx={{ py: 0 }}>
                  {status.lastError.message}
                  <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 12 }}>
                    {describeTime(status.lastError.at)} · {status.lastError.code}
                  </Box>
                </Alert>
              )}
              <ProblemRecordsAlert records={status.problemRecords ?? []} onNavigate={() => setAnchor(null)} />
              {status.conflicts > 0 && (
                <Alert severity="warning" sx={{ py: 0 }}>
                  有 {status.conflicts} 条记录存在冲突，需要您选择保留哪个值。{' '}
                  <Link href="/conflicts" onClick={() => setAnchor(null)}>去处理</Link>
                </Alert>
              )}
            </>
          )}
          <Box sx={{ display: 'flex', gap: 1, pt: 1 }}>
            {enrolled ? (
              <Button variant="contained" size="small" disabled={!client} onClick={() => client?.syncNow()}>立即同步</Button>
            ) : (
              <Button variant="contained" size="small" component={Link} href="/settings" onClick={() => setAnchor(null)}>去设置登记</Button>
            )}
          </Box>
        </Stack>
      </Popover>
    </>
  );
}
