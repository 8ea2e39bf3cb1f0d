// 空闲锁定: after how many minutes without use the screen locks and hides the records. The settings store
// refuses a value out of range, and anyone but a 管理员 (account-guard.ts).
import { useState } from 'react';
import { Alert, Box, Button, Paper, TextField, Typography } from '@mui/material';
import { DEFAULT_IDLE_LOCK_MINUTES, idleLockProblem } from '#shared/domain/accounts/idle-lock';
import { useDeviceSettings } from '../../app/settings-context';
import { describeError } from '../../components/feedback/describe-error';

export function IdleLockForm() {
  const { settings, save } = useDeviceSettings();
  const [minutes, setMinutes] = useState(String(settings.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES));
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = idleLockProblem(Number(minutes.trim() || Number.NaN));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (problem) return setMessage({ severity: 'error', text: problem });
    setBusy(true);
    try {
      await save({ idleLockMinutes: Number(minutes) });
      setMessage({ severity: 'success', text: `已保存：${Number(minutes)} 分钟无人使用后锁定。` });
    } catch (error) {
      setMessage({ severity: 'error', text: `保存失败：${describeError(error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate aria-label="空闲锁定" onSubmit={(event) => void submit(event)}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 2 }}>空闲锁定</Typography>
      {message && <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'} sx={{ mb: 2 }}>{message.text}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <TextField label="无人使用多少分钟后锁定" value={minutes} onChange={(event) => setMinutes(event.target.value)}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          error={Boolean(message?.severity === 'error' && problem)} helperText="锁定后记录被隐藏，须输入密码才能继续" sx={{ width: 280 }} />
        <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1 }}>保存</Button>
      </Box>
    </Paper>
  );
}
