// Around the whole app (main.tsx): a render error anywhere shows a page in Chinese instead of a blank
// window, logs the error (redacted), and offers 重新加载 and 导出诊断信息. Reloading is safe: a confirmed
// save is whole on disk (decision 029), so only unsaved typing can be lost, and the page says so.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { describeError } from '../components/feedback/describe-error';
import type { Diagnostics } from './diagnostics';
import { ExportDiagnosticsButton } from './ExportDiagnosticsButton';

interface Props {
  diagnostics: Diagnostics;
  children: ReactNode;
  /** Tests pass their own; the page reloads by default. */
  reload?: () => void;
}

export function AppErrorPage({ error, diagnostics, reload }: { error: unknown; diagnostics: Diagnostics; reload: () => void }) {
  const { code } = describeError(error);
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }} role="main">
      <Alert severity="error" variant="outlined">
        <AlertTitle>台账遇到意外错误</AlertTitle>
        <Typography gutterBottom>这个页面出错了，暂时无法显示。</Typography>
        <Typography variant="body2" gutterBottom>
          已经保存的记录都完整地保存在本机，不会丢失，重新加载后即可继续工作；正在填写、还没有保存的内容，重新加载后可能需要重新填写。
        </Typography>
        <Typography variant="body2" gutterBottom>
          如果重新加载后仍然出错，请点击“导出诊断信息”，把保存的文件发给县司法局的技术联系人。文件里没有当事人的姓名、身份证号码和电话。
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>错误代码：{code}</Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'flex-start' }}>
          <Button variant="contained" onClick={reload}>重新加载</Button>
          <ExportDiagnosticsButton diagnostics={diagnostics} facts={() => Promise.resolve({ failure: code })} />
        </Stack>
      </Alert>
    </Box>
  );
}

export class AppErrorBoundary extends Component<Props, { failed: { error: unknown } | null }> {
  override state: { failed: { error: unknown } | null } = { failed: null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The component stack names components, never data; its first lines say where.
    const where = (info.componentStack ?? '').trim().split('\n').slice(0, 6).map((line) => line.trim()).join(' < ');
    this.props.diagnostics.log.error(`页面出错，已显示错误页（${where || '位置不明'}）`, error);
  }

  override render() {
    if (this.state.failed) {
      return <AppErrorPage error={this.state.failed.error} diagnostics={this.props.diagnostics} reload={this.props.reload ?? (() => window.location.reload())} />;
    }
    return this.props.children;
  }
}
