// 导出 Excel on a ledger list: exports what the list shows (its filters, every page) as the kind's official
// 台账, with progress and 取消 while it reads and writes; the file is saved only once it is whole.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Snackbar, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { ListView } from '../components/list/ListPage';
import { describeError } from '../components/feedback/describe-error';
import { useFiles } from './files-context';
import { exportLedger, type ExportProgress } from './ledger-export';
import { useAppStore } from './store-context';

interface Running {
  controller: AbortController;
  progress?: ExportProgress;
}

type Outcome = { severity: 'success' | 'info' | 'error'; text: string };

function progressText(progress: ExportProgress | undefined): string {
  if (!progress) return '正在准备…';
  const of = progress.total !== undefined ? ` / 共 ${progress.total.toLocaleString('zh-CN')} 条` : '';
  return progress.phase === 'reading'
    ? `正在读取记录：已读 ${progress.done.toLocaleString('zh-CN')} 条${of}`
    : `正在生成 Excel 文件：已写 ${progress.done.toLocaleString('zh-CN')} 行${of}`;
}

const percent = (progress: ExportProgress | undefined): number | undefined =>
  progress?.total ? Math.min(100, (progress.done / progress.total) * 100) : undefined;

export function LedgerExportButton({ kind, view }: { kind: LedgerKind; view: ListView }) {
  const store = useAppStore();
  const { saveFile } = useFiles();
  const [running, setRunning] = useState<Running | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const start = async () => {
    const controller = new AbortController();
    setOutcome(null);
    setRunning({ controller });
    try {
      const file = await exportLedger(store, { kind, filters: view.filters, filtersInWords: view.filtersInWords }, {
        signal: controller.signal,
        onProgress: (progress) => setRunning({ controller, progress }),
      });
      setRunning(null);
      if (file.count === 0) {
        setOutcome({ severity: 'info', text: '列表中没有符合条件的记录，未生成文件。' });
        return;
      }
      const saved = await saveFile({ suggestedName: file.fileName, contents: file.bytes, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
      if (!saved.ok) setOutcome({ severity: 'error', text: `保存文件失败：${saved.error.message}` });
      else if (saved.value.savedTo === null) setOutcome({ severity: 'info', text: '已取消保存，没有生成文件。' });
      else setOutcome({ severity: 'success', text: `已导出 ${String(file.count)} 条记录：${file.fileName}` });
    } catch (error) {
      setRunning(null);
      setOutcome(controller.signal.aborted
        ? { severity: 'info', text: '已取消导出，没有生成文件。' }
        : { severity: 'error', text: `导出失败：${describeError(error).message}` });
    }
  };

  const value = percent(running?.progress);
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => void start()} disabled={running !== null} sx={{ textTransform: 'none' }}>导出 Excel</Button>
      <Dialog open={running !== null} aria-labelledby="ledger-export-title" fullWidth maxWidth="xs">
        <DialogTitle id="ledger-export-title">导出 Excel</DialogTitle>
        <DialogContent>
          <Typography aria-live="polite" sx={{ mb: 2 }}>{progressText(running?.progress)}</Typography>
          <LinearProgress aria-label="导出进度" variant={value === undefined ? 'indeterminate' : 'determinate'} value={value} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => running?.controller.abort()}>取消</Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={outcome !== null} autoHideDuration={outcome?.severity === 'error' ? null : 8000} onClose={() => setOutcome(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {outcome ? <Alert severity={outcome.severity} onClose={() => setOutcome(null)} variant="filled">{outcome.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
