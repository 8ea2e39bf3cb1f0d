// 设置: who works on this computer and for which township; how safe the local data is; the app version.
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLocation } from 'wouter';
import { settingsComplete, useDeviceSettings } from '../../app/settings-context';
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
  const { entries: townships } = useReferenceEntries('township');
  const [, navigate] = useLocation();
  const [operatorName, setOperatorName] = useState(settings.operatorName);
  const [townshipId, setTownshipId] = useState(settings.townshipId);
  const [role, setRole] = useState(settings.role);
  // Enrollment may change role and township (the server decides them): follow the saved settings.
  const [savedFrom, setSavedFrom] = useState({ role: settings.role, townshipId: settings.townshipId });
  if (savedFrom.role !== settings.role || savedFrom.townshipId !== settings.townshipId) {
    setSavedFrom({ role: settings.role, townshipId: settings.townshipId });
    setRole(settings.role);
    setTownshipId(settings.townshipId);
  }
  const enrolled = useSync().status.phase !== 'notEnrolled';
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const firstRun = !settingsComplete(settings);
  const missing = [!operatorName.trim() && '经办人', !townshipId && '所属乡镇'].filter(Boolean);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) return setMessage({ severity: 'error', text: `请填写${missing.join('和')}后再保存。` });
    setSaving(true);
    try {
      await save({ operatorName: operatorName.trim(), townshipId, role });
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
        <Alert severity="info">欢迎使用台账。请先填写经办人姓名并选择所属乡镇，之后每一条记录的修改都会记下经办人。</Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={(event) => void submit(event)} aria-label="本机设置">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 2 }}>本机使用人</Typography>
        {message && <Alert severity={message.severity} sx={{ mb: 2 }} role={message.severity === 'error' ? 'alert' : 'status'}>{message.text}</Alert>}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
          <TextField label="经办人" value={operatorName} onChange={(event) => setOperatorName(event.target.value)}
            error={Boolean(message?.severity === 'error' && !operatorName.trim())} helperText="填写本人姓名" />
          <TextField select label="所属乡镇" value={townships ? townshipId : ''} onChange={(event) => setTownshipId(event.target.value)}
            error={Boolean(message?.severity === 'error' && !townshipId)} helperText={townships?.length === 0 ? '尚无乡镇基础数据' : ' '}>
            {(townships ?? []).filter((entry) => entry.active || entry.code === townshipId).map((entry) => (
              <MenuItem key={entry.code} value={entry.code}>{entry.name}</MenuItem>
            ))}
          </TextField>
          <TextField select label="角色" value={role} onChange={(event) => setRole(event.target.value as DeviceSettings['role'])}
            disabled={enrolled} helperText={enrolled ? '由县服务器登记决定' : ' '}>
            {Object.entries(roleLabels).map(([value, label]) => <MenuItem key={value} value={value}>{label}</MenuItem>)}
          </TextField>
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
