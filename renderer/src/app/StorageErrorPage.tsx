// Shown when the local database cannot open. It says what happened and what the official can do;
// it never offers to start from an empty database, which would hide the records still on disk.
import { useState } from 'react';
import { Alert, AlertTitle, Box, Button, Checkbox, FormControlLabel, Paper, Typography } from '@mui/material';
import type { Recovery } from '../boot';
import { RestoreForm } from '../backup/RestoreForm';
import { describeError } from '../components/feedback/describe-error';

/** `onRetry`: tries again in place (start-up); without it the page reloads. */
export function StorageErrorPage({ error, onRetry, recovery }: { error: unknown; onRetry?: () => void; recovery?: Recovery }) {
  const { code, message } = describeError(error);
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }}>
      <Alert severity="error" variant="outlined">
        <AlertTitle>无法打开本机数据</AlertTitle>
        <Typography gutterBottom>{message}</Typography>
        <Typography variant="body2" gutterBottom>
          已录入的台账仍保存在本机，请不要卸载或清除本程序的数据。可以先关闭其他已打开的台账窗口后重试；
          若仍无法打开，请检查磁盘剩余空间，并将下面的错误代码告知县司法局技术人员。
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>错误代码：{code}</Typography>
        <Button sx={{ mt: 2 }} variant="contained" onClick={onRetry ?? (() => window.location.reload())}>重试</Button>
      </Alert>
      {recovery && <RecoveryChoices recovery={recovery} />}
    </Box>
  );
}

/** When retrying does not help (a damaged profile): restore a backup, or empty the profile and pull again from the county. */
function RecoveryChoices({ recovery }: { recovery: Recovery }) {
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const afresh = async () => {
    const failed = await recovery.startAfresh();
    if (failed) return setProblem(failed.message);
    window.location.reload();
  };
  return (
    <Paper variant="outlined" sx={{ mt: 3, p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>重试仍打不开时</Typography>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>办法一：从备份恢复</Typography>
      <RestoreForm pick={() => recovery.pickBackupFile()} restore={(file, password) => recovery.restore(file, password)} />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 3, mb: 1 }}>办法二：清空本机数据，重新从县里同步</Typography>
      <Typography variant="body2">清空后请在“设置 → 同步”用县司法局给的新登记码重新登记，本乡镇已同步到县里的台账会重新下载。本机尚未同步的记录会丢失。</Typography>
      <FormControlLabel control={<Checkbox checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />} label="我明白本机尚未同步的记录会丢失" />
      {problem && <Alert severity="error" role="alert">{problem}</Alert>}
      <Box><Button color="error" variant="outlined" disabled={!confirmed} onClick={() => void afresh()}>清空本机数据</Button></Box>
    </Paper>
  );
}
