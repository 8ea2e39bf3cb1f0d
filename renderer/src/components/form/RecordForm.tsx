// The form scaffold every ledger form uses (react-hook-form). On submit it turns the values into a
// Draft, runs the shared rules, then the store; every issue is shown at once in a summary at the top
// AND on its field. What was typed is never reset on failure, and an autosaved draft survives reloads.
import { useRef, useState, type ReactNode } from 'react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { Draft } from '#shared/domain/draft';
import { hasErrors, type DomainIssue } from '#shared/domain/issue';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import type { SaveResult } from '../../store/contract';
import { describeError } from '../feedback/describe-error';
import { LoadingState } from '../feedback/LoadingState';
import { draftKeyOf, type StoredDraft } from './draft-storage';
import { useDraftStorage } from './draft-storage-context';
import type { FieldLabels } from './field-labels';
import { IssueSummary } from './IssueSummary';
import { useDraftAutosave, useStoredDraft } from './useDraftAutosave';

export interface RecordFormProps<K extends LedgerKind, V extends FieldValues> {
  kind: K;
  /** The record being edited; absent for a new one. */
  recordId?: string;
  title: string;
  /** Values of a new form, or of the record being edited (converted by the feature). */
  defaultValues: V;
  toDraft: (values: V) => Draft<K>;
  /** The shared rules (validateRecord with its context); the store runs them again on write. */
  validate: (draft: Draft<K>) => DomainIssue[];
  /** Writes the draft: store.ledger.create or update. */
  save: (draft: Draft<K>) => Promise<SaveResult<K>>;
  fieldLabels: FieldLabels;
  /** Form field of an issue's record path, when the form's shape differs from the record's. */
  formFieldOf?: (recordPath: string) => string;
  onSaved: (record: LedgerRecordByKind[K]) => void;
  onCancel?: () => void;
  children: ReactNode;
}

/** Opens the form once the autosaved draft (if any) is read, so it opens with the restored values. */
export function RecordForm<K extends LedgerKind, V extends FieldValues>(props: RecordFormProps<K, V>) {
  const storage = useDraftStorage();
  const draftKey = draftKeyOf(props.kind, props.recordId);
  const restored = useStoredDraft<V>(storage, draftKey);
  if (restored === undefined) return <LoadingState />;
  return <DraftedRecordForm {...props} restored={restored} draftKey={draftKey} />;
}

function DraftedRecordForm<K extends LedgerKind, V extends FieldValues>(props: RecordFormProps<K, V> & { restored: StoredDraft<V> | null; draftKey: string }) {
  const { title, defaultValues, toDraft, validate, save, fieldLabels, onSaved, onCancel, children, restored, draftKey } = props;
  const formFieldOf = props.formFieldOf ?? ((path: string) => path);
  const storage = useDraftStorage();
  const form = useForm<V>({ defaultValues: (restored?.values ?? defaultValues) as DefaultValues<V> });
  const autosave = useDraftAutosave(form, storage, draftKey);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  const showIssues = (found: DomainIssue[]) => {
    setIssues(found);
    for (const issue of found) {
      if (issue.field && issue.severity === 'error') {
        form.setError(formFieldOf(issue.field) as Path<V>, { type: issue.code, message: issue.message });
      }
    }
    topRef.current?.scrollIntoView?.({ block: 'start' });
  };

  const saveValues = async (values: V) => {
    setFailure(null);
    try {
      const draft = toDraft(values);
      const found = validate(draft);
      if (hasErrors(found)) return showIssues(found);
      const result = await save(draft);
      if (!result.ok) return showIssues(result.issues);
      autosave.finish();
      onSaved(result.record);
    } catch (error) {
      const { code, message } = describeError(error);
      setFailure(`保存失败（${code}）：${message} 已填写的内容仍在表单中，可以稍后再试。`);
      topRef.current?.scrollIntoView?.({ block: 'start' });
    }
  };

  const submit = (event: React.FormEvent) => {
    // Issues from the last attempt are recomputed; an old one on a list (e.g. 'mediators') would otherwise block this submit.
    form.clearErrors();
    void form.handleSubmit(saveValues)(event);
  };

  const discardDraft = () => {
    autosave.discard();
    form.reset(defaultValues);
    setShowRestored(false);
    setIssues([]);
  };

  return (
    <FormProvider {...form}>
      <Box component="form" noValidate onSubmit={submit} aria-label={title}>
        {/* Scrolled to on failure; the margin keeps it clear of the fixed app bar. */}
        <Box ref={topRef} sx={{ scrollMarginTop: 64 }} />
        <Typography variant="h5" component="h1" gutterBottom>{title}</Typography>
        {showRestored && (
          <Alert severity="info" sx={{ mb: 2 }} onClose={() => setShowRestored(false)}
            action={<Button color="inherit" size="small" onClick={discardDraft}>放弃草稿</Button>}>
            已恢复未保存的草稿{restored ? `（${new Date(restored.savedAt).toLocaleString('zh-CN')}）` : ''}
          </Alert>
        )}
        {failure && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{failure}</Alert>}
        <IssueSummary issues={issues} fieldLabels={fieldLabels}
          onJump={(field) => form.setFocus(formFieldOf(field) as Path<V>)} />
        <Stack spacing={2}>{children}</Stack>
        <Paper elevation={0} sx={{ position: 'sticky', bottom: 0, zIndex: 3, py: 1.5, mt: 2, display: 'flex', gap: 1, bgcolor: 'background.default', borderTop: 1, borderColor: 'divider' }}>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? '正在保存…' : '保存'}
          </Button>
          {onCancel && <Button onClick={onCancel}>取消</Button>}
        </Paper>
      </Box>
    </FormProvider>
  );
}
