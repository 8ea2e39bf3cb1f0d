// 设置 → 备份与恢复 (decision 032): 立即备份 with a password, the folder and password of the daily
// automatic backup (desktop), and restore from a file.
import { useCallback, useState } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Paper, TextField, Typography } from '@mui/material';
import { MIN_BACKUP_PASSWORD_LENGTH } from '#shared/backup/container';
import { useBackup } from '../../backup/backup-context';
import { RestoreForm } from '../../backup/RestoreForm';
import { useAsync } from '../../components/async/useAsync';
import { formatBackupTime } from '../dashboard/BackupReminder';

export function BackupSection() {
  const backup = useBackup();
  const loadStatus = useCallback(() => (backup ? backup.status() : Promise.resolve(null)), [backup]);
  const status = useAsync(loadStatus);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | null>(null);
  if (!backup) return null;
  const state = status.data;

  const backupNow = async () => {
    if ([...password].length < MIN_BACKUP_PASSWORD_LENGTH) return setMessage({ severity: 'error', text: `备份密码至少要 ${MIN_BACKUP_PASSWORD_LENGTH} 个字符。` });
    if (password !== repeat) return setMessage({ severity: 'error', text: '两次输入的备份密码不一样，请重新输入。' });
    setBusy(true);
    setMessage(null);
    const outcome = await backup.backupNow(password);
    if (outcome.ok && keep) await backup.keepPassword(password);
    setBusy(false);
    if (!outcome.ok) return setMessage({ severity: 'error', text: outcome.problem.message });
    if (outcome.savedTo === null) return setMessage({ severity: 'error', text: '已取消，备份没有保存。' });
    setMessage({ severity: 'success', text: `备份已保存：${outcome.savedTo}。请牢记备份密码，恢复时需要它。` });
    status.reload();
  };
  const chooseFolder = async () => {
    const chosen = await backup.chooseFolder();
    if (!chosen.ok) setMessage({ severity: 'error', text: chosen.error.message });
    status.reload();
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="备份与恢复">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>备份与恢复</Typography>
      <Typography variant="body2" data-testid="backup-last" sx={{ mb: 2 }}>
        最近备份：{state?.lastBackupAt ? formatBackupTime(state.lastBackupAt) : '还没有备份'}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField label="备份密码" type="password" value={password} onChange={(event) => setPassword(event.target.value)} helperText={`至少 ${MIN_BACKUP_PASSWORD_LENGTH} 个字符；忘记密码备份就打不开`} />
        <TextField label="再输入一次备份密码" type="password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />
      </Box>
      {state?.autoAvailable && (
        <Box sx={{ mt: 1 }}>
          <FormControlLabel control={<Checkbox checked={keep} onChange={(event) => setKeep(event.target.checked)} />} label="在本机记住这个密码，用于每天自动备份" />
          <Typography variant="body2">
            自动备份文件夹：{state.folder ?? '未选择'}{state.passwordKept ? '（已记住密码）' : '（未记住密码，不会自动备份）'}
            <Button size="small" sx={{ ml: 1 }} onClick={() => void chooseFolder()}>选择文件夹…</Button>
          </Typography>
          <Typography variant="caption" color="text.secondary">每天第一次使用台账时自动备份到这个文件夹（可以是U盘），只保留最近 10 份。</Typography>
        </Box>
      )}
      {state && !state.autoAvailable && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>网页版不能自动写入文件夹：请定期点“立即备份”，备份文件会下载到浏览器的下载文件夹。</Typography>
      )}
      {message && <Alert severity={message.severity} sx={{ mt: 2 }} role={message.severity === 'error' ? 'alert' : 'status'}>{message.text}</Alert>}
      <Box sx={{ mt: 2 }}><Button variant="contained" onClick={() => void backupNow()} disabled={busy}>{busy ? '正在备份…' : '立即备份'}</Button></Box>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 3, mb: 1 }}>从备份恢复</Typography>
      <RestoreForm pick={() => backup.pickBackupFile()} restore={(file, pw, keepIt) => backup.restore(file, pw, keepIt)} offerKeep={state?.autoAvailable ?? false} />
    </Paper>
  );
}
