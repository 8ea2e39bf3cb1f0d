// Asks before anything that changes where a record lives (删除 → 回收站, 恢复). The confirm button
// waits for the action, and a failure is shown in the dialog instead of vanishing.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { describeError } from './describe-error';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** 'error' for removals. */
  tone?: 'primary' | 'error';
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
  /** Checked before `onConfirm`: false keeps the dialog open, the message then shown by the content itself. */
  ready?: () => boolean;
}

export function ConfirmDialog({ open, title, message, confirmLabel, tone = 'primary', onConfirm, onClose, ready }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    if (busy) return;
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    if (ready && !ready()) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure(describeError(error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby="confirm-dialog-title">
      <DialogTitle id="confirm-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">{message}</DialogContentText>
        {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>取消</Button>
        <Button onClick={() => void confirm()} color={tone} variant="contained" disabled={busy}>{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
