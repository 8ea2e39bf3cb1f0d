// 修改 one number the county keeps (a plan target, a 法制审核 amount): typed, checked by a shared pure
// function, and stored only when it passes — the message says what to type instead.
import { useState } from 'react';
import { TextField, Typography } from '@mui/material';
import type { ValueResult } from '#shared/domain/reference/value-input';
import { EditDialog } from './EditDialog';
import { useSaveAction } from './useSaveAction';

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
  const { saving, failure, run } = useSaveAction();

  const save = async () => {
    const result = parse(text);
    setProblem(result.ok ? null : result.issues.map((issue) => issue.message).join('；'));
    if (result.ok) await run(() => onSave(result.value));
  };

  return (
    <EditDialog title={title} maxWidth="xs" failure={failure} saving={saving} onSave={() => void save()} onClose={onClose}>
      {description && <Typography variant="body2" color="text.secondary">{description}</Typography>}
      <TextField label={label} value={text} onChange={(event) => setText(event.target.value)} autoFocus
        slotProps={{ htmlInput: { inputMode: 'decimal' } }} error={problem !== null} helperText={problem ?? hint}
        onKeyDown={(event) => { if (event.key === 'Enter') void save(); }} />
    </EditDialog>
  );
}
