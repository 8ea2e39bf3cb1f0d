// The shell of every 基础数据 dialog: a title, the save failure, the fields, and 取消 / 保存 (which says
// 正在保存… and cannot be pressed twice while the entry is being stored).
import { useId, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';

interface Props {
  title: string;
  maxWidth?: 'xs' | 'sm';
  failure: string | null;
  saving: boolean;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function EditDialog({ title, maxWidth = 'sm', failure, saving, onSave, onClose, children }: Props) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {failure && <Alert severity="error" role="alert">{failure}</Alert>}
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={onSave} disabled={saving}>{saving ? '正在保存…' : '保存'}</Button>
      </DialogActions>
    </Dialog>
  );
}
