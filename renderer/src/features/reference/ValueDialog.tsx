// 修改 one number the county keeps (a plan target, a 法制审核 amount): typed, checked by a shared pure
// function, and stored only when it passes — the message says what to type instead.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import type { ValueResult } from '#shared/domain/reference/value-input';
import { describeError } from '../../components/feedback/describe-error';

interface Props {
  title: string;
  label: string;
  /** Shown under the field until a problem replaces it. */
  hint: string;
  /** What the value means (the target's text, the article it follows). */
  description?: string;
  initialText: string;
  parse: (text: string) => ValueResult;
  onSave: (value: number) => Promise<void>;
  onClose: () => void;
}

export function ValueDialog({ title, label, hint, description, initialText, parse, onSave, onClose }: Props) {
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setFailure(null);
    const result = parse(text);
    setProblem(result.ok ? null : result.issues.map((issue) => issue.message).join('；'));
    if (!result.ok) return;
    setSaving(true);
    try {
      await onSave(result.value);
    } catch (error) {
      setFailure(`保存失败：${describeError(error).message}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="value-dialog-title">
      <DialogTitle id="value-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {failure && <Alert severity="error" role="alert">{failure}</Alert>}
          {description && <Typography variant="body2" color="text.secondary">{description}</Typography>}
          <TextField label={label} value={text} onChange={(event) => setText(event.target.value)} autoFocus
            slotProps={{ htmlInput: { inputMode: 'decimal' } }} error={problem !== null} helperText={problem ?? hint}
            onKeyDown={(event) => { if (event.key === 'Enter') void save(); }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>{saving ? '正在保存…' : '保存'}</Button>
      </DialogActions>
    </Dialog>
  );
}
