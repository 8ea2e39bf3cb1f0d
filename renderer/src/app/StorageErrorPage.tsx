// Shown when the local database cannot open. It says what happened and what the official can do;
// it never offers to start from an empty database, which would hide the records still on disk.
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { describeError } from '../components/feedback/describe-error';

/** `onRetry`: tries again in place (start-up); without it the page reloads. */
export function StorageErrorPage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
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
    </Box>
  );
}
