// Every PC's sync health for the county (decision 026): last contact, 待同步 as last reported, app version,
// 已停用 / 超过 N 天未同步 flagged. The list needs the server; offline, the last one fetched is shown with its time.
import { Alert, Box, Button, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import dayjs from 'dayjs';
import { deviceHealth } from '#shared/domain/county/device-health';
import { useReferenceLabels } from '../../app/useReference';
import { useClock } from '../../app/useToday';
import { useDeviceList } from './useDeviceList';
import { useSilentDays } from './useSilentDays';

const at = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

export function DeviceHealthSection() {
  const clock = useClock();
  const townships = useReferenceLabels('township');
  const devices = useDeviceList();
  const silent = useSilentDays();
  const views = devices.list ? deviceHealth(devices.list.devices, clock().toISOString(), silent.days, townships.all) : [];

  return (
    <Box component="section" aria-labelledby="county-devices-title" sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" id="county-devices-title" sx={{ flexGrow: 1 }}>各电脑同步情况</Typography>
        <TextField label="超过多少天未同步提醒" size="small" value={silent.text} onChange={(event) => silent.change(event.target.value)}
          error={silent.error !== undefined} helperText={silent.error ?? `当前：${silent.days} 天`} sx={{ width: 200 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        <Button startIcon={<RefreshIcon />} onClick={devices.refresh} disabled={devices.loading}>刷新</Button>
      </Box>
      {devices.problem && (
        <Alert severity="warning" data-testid="devices-problem">
          {devices.problem.offline ? '无法连接县服务器，各电脑的同步情况需要联网获取。' : devices.problem.message}
          {devices.fetchedAt ? `下面是 ${at(devices.fetchedAt)} 获取的情况。` : '本机还没有获取过各电脑的同步情况。'}
        </Alert>
      )}
      {!devices.problem && devices.fetchedAt && (
        <Typography variant="body2" color="text.secondary" data-testid="devices-fetched-at">获取时间：{at(devices.fetchedAt)}</Typography>
      )}
      {devices.list?.truncated && <Alert severity="info">电脑太多，只列出前 {devices.list.devices.length} 台。</Alert>}
      {devices.list && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="各电脑同步情况">
            <TableHead>
              <TableRow>
                <TableCell>电脑名称</TableCell><TableCell>乡镇</TableCell><TableCell>上次同步</TableCell>
                <TableCell>待同步（最近上报）</TableCell><TableCell>软件版本</TableCell><TableCell>状态</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {views.map((view) => (
                <TableRow key={view.id} data-testid="device-row">
                  <TableCell>{view.name}</TableCell>
                  <TableCell>{view.place}</TableCell>
                  <TableCell title={view.lastSeenAt ? at(view.lastSeenAt) : undefined}>{view.lastSeenText}</TableCell>
                  <TableCell>{view.waitingText}</TableCell>
                  <TableCell>{view.appVersion}</TableCell>
                  <TableCell>
                    {view.flag ? <Chip size="small" color={view.flag === 'revoked' ? 'default' : 'warning'} label={view.flagText} /> : <Chip size="small" color="success" variant="outlined" label="正常" />}
                  </TableCell>
                </TableRow>
              ))}
              {views.length === 0 && <TableRow><TableCell colSpan={6}>还没有登记的电脑</TableCell></TableRow>}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
