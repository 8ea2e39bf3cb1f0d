// 设置: for which township this computer works (who works on it: 账户管理; its role: the county's enrollment); how safe the local data is; the app version.
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLocation } from 'wouter';
import { settingsComplete, useDeviceSettings } from '../../app/settings-context';
import { useSession } from '../../app/accounts/session-context';
import { useReferenceEntries } from '../../app/useReference';
import { describeError } from '../../components/feedback/describe-error';
import type { DeviceSettings } from '../../store/contract';
import { useSync } from '../../sync/SyncContext';
import { DiagnosticsSection } from './DiagnosticsSection';
import { BackupSection } from './BackupSection';
import { SafetyPanel } from './SafetyPanel';
import { SyncSection } from './SyncSection';

const roleLabels: Record<DeviceSettings['role'], string> = { township: '乡镇', county: '县司法局' };

export function SettingsPage() {
  const { settings, save } = useDeviceSettings();
  const { account } = useSession();
  const { entries: townships } = useReferenceEntries('township');
  const [, navigate] = useLocation();
  const [townshipId, setTownshipId] = useState(settings.townshipId);
  // Enrollment may change the township (the server decides it): follow the saved settings.
  const [savedFrom, setSavedFrom] = useState(settings.townshipId);
  if (savedFrom !== settings.townshipId) {
    setSavedFrom(settings.townshipId);
    setTownshipId(settings.townshipId);
  }
  const enrolled = useSync().status.phase !== 'notEnrolled';
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const firstRun = !settingsComplete(settings);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!townshipId) return setMessage({ severity: 'error', text: '请选择所属乡镇后再保存。' });
    setSaving(true);
    try {
      await save({ townshipId });
      setMessage({ severity: 'success', text: '设置已保存。' });
      if (firstRun) navigate('/');
    } catch (error) {
      setMessage({ severity: 'error', text: `保存失败：${describeError(error).message}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <Typography variant="h5" component="h1">设置</Typography>
      {firstRun && (
        <Alert severity="info">欢迎使用台账。请先选择所属乡镇。</Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={(event) => void submit(event)} aria-label="本机设置">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 2 }}>本机使用人</Typography>
        {message && <Alert severity={message.severity} sx={{ mb: 2 }} role={message.severity === 'error' ? 'alert' : 'status'}>{message.text}</Alert>}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
          <TextField label="经办人" value={account?.name ?? settings.operatorName} disabled helperText="登录的账户；在“账户管理”中添加或修改" />
          <TextField select label="所属乡镇" value={townships ? townshipId : ''} onChange={(event) => setTownshipId(event.target.value)}
            error={Boolean(message?.severity === 'error' && !townshipId)} helperText={townships?.length === 0 ? '尚无乡镇基础数据' : ' '}>
            {(townships ?? []).filter((entry) => entry.active || entry.code === townshipId).map((entry) => (
              <MenuItem key={entry.code} value={entry.code}>{entry.name}</MenuItem>
            ))}
          </TextField>
          <TextField label="本机类型" value={roleLabels[settings.role]} disabled
            helperText={enrolled ? '由县服务器登记决定' : '用县司法局的登记码登记后为“县司法局”'} />
        </Box>
        <Box sx={{ mt: 1, display: 'flex', alignItems: 'center', gap: 2 }}>
          <Button type="submit" variant="contained" disabled={saving}>{saving ? '正在保存…' : '保存设置'}</Button>
          <Typography variant="body2" color="text.secondary">本机编号：<span data-testid="device-id">{settings.deviceId}</span></Typography>
        </Box>
      </Paper>
      <SyncSection />
      <BackupSection />
      <SafetyPanel />
      <DiagnosticsSection />
    </Stack>
  );
}
