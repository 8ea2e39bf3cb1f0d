// 导出诊断信息: one button, used on the settings page and on the error page. It says where the file went,
// or why it could not be saved; a cancelled save dialog says nothing.
import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import { describeError } from '../components/feedback/describe-error';
import type { Diagnostics, RunningFacts } from './diagnostics';

export function ExportDiagnosticsButton({ diagnostics, facts, variant = 'outlined' }: { diagnostics: Diagnostics; facts?: () => Promise<RunningFacts>; variant?: 'outlined' | 'contained' }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await diagnostics.exportFile(await facts?.());
      if (!result.ok) setOutcome({ severity: 'error', text: `诊断信息没有导出：${result.error.message}` });
      else if (result.value.savedTo !== null) setOutcome({ severity: 'success', text: `诊断信息已导出：${result.value.savedTo}。请把这个文件发给县司法局的技术联系人。` });
    } catch (error) {
      diagnostics.log.error('导出诊断信息失败', error);
      setOutcome({ severity: 'error', text: `诊断信息没有导出：${describeError(error).message}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant={variant} disabled={busy} onClick={() => void run()}>{busy ? '正在导出…' : '导出诊断信息'}</Button>
      {outcome && <Alert severity={outcome.severity} role={outcome.severity === 'error' ? 'alert' : 'status'}>{outcome.text}</Alert>}
    </Stack>
  );
}
