// Choosing a backup file and its password, then restoring: used by 设置 and by the start-up error page.
import { useState } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import type { BridgeResult, PickedFile } from '#shared/bridge';
import type { RestoreOutcome } from './backup-service';

export interface RestoreFormProps {
  pick: () => Promise<BridgeResult<PickedFile | null>>;
  restore: (file: Uint8Array, password: string, keepPassword: boolean) => Promise<RestoreOutcome>;
  /** Offer to keep the password for automatic backups (desktop, running app). */
  offerKeep?: boolean;
}

export function RestoreForm({ pick, restore, offerKeep = false }: RestoreFormProps) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [password, setPassword] = useState('');
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | null>(null);

  const choose = async () => {
    setMessage(null);
    const picked = await pick();
    if (!picked.ok) return setMessage({ severity: 'error', text: picked.error.message });
    if (picked.value) setFile(picked.value);
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const outcome = await restore(file.contents, password, keep);
    setBusy(false);
    if (!outcome.ok) return setMessage({ severity: 'error', text: outcome.problem.message });
    setMessage({ severity: 'success', text: `已恢复 ${outcome.report.documents} 条数据和 ${outcome.report.files} 个附件。本机需要重新登记同步（设置 → 同步）。正在重新打开…` });
    setTimeout(() => window.location.reload(), 1500);
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} aria-label="从备份恢复">
      <Typography variant="body2">恢复会用备份替换本机现有的全部台账和附件。恢复后本机作为一台新电脑，需要用县司法局给的登记码重新登记同步。</Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button variant="outlined" onClick={() => void choose()} disabled={busy}>选择备份文件…</Button>
        <Typography variant="body2" data-testid="restore-file">{file ? file.name : '未选择文件'}</Typography>
      </Box>
      <TextField label="备份密码" type="password" value={password} onChange={(event) => setPassword(event.target.value)} disabled={busy} slotProps={{ htmlInput: { 'aria-label': '恢复用的备份密码' } }} />
      {offerKeep && <FormControlLabel control={<Checkbox checked={keep} onChange={(event) => setKeep(event.target.checked)} />} label="在本机记住这个密码，用于每天自动备份" />}
      {message && <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>{message.text}</Alert>}
      <Box><Button variant="contained" color="warning" disabled={!file || password === '' || busy} onClick={() => void run()}>{busy ? '正在恢复…' : '恢复'}</Button></Box>
    </Box>
  );
}
