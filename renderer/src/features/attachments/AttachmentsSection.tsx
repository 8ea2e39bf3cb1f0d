// 附件 of a mediation case, study session or enforcement case: scans of signed agreements,
// sign-in sheets, photos. The bytes live in the local file store and on the county server; the
// record keeps only their references (decision 009). Add, list with state, save, delete (恢复 on this device).
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { Alert, Box, Button, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerRecordByKind } from '#shared/domain/schemas/index';
import {
  acceptAttribute, attachmentProblem, formatBytes, mimeTypeOf, type AttachableKind, type AttachmentRef,
} from '#shared/files/index';
import type { RemovedAttachment } from '../../files/local-file-store';
import { useAppStore } from '../../app/store-context';
import { useActor } from '../../app/settings-context';
import { DetailSection } from '../../components/detail/DetailLayout';
import { ConfirmDialog } from '../../components/feedback/ConfirmDialog';
import { describeError } from '../../components/feedback/describe-error';
import { addAttachment, removeAttachment } from './attachment-edits';
import { FileStateChip } from './FileStateChip';
import { useFiles } from '../../app/files-context';
import { useFileStates, useFileSync } from './useFileStates';

export interface AttachmentsSectionProps<K extends AttachableKind> {
  kind: K;
  record: LedgerRecordByKind[K];
  /** The record changed (an attachment added or removed): reload it and its history. */
  onChanged: () => void;
}

export function AttachmentsSection<K extends AttachableKind>({ kind, record, onChanged }: AttachmentsSectionProps<K>) {
  const store = useAppStore();
  const actor = useActor();
  const { saveFile } = useFiles();
  const { fileSync, error: openError } = useFileSync();
  const attachments = (record as { attachments: AttachmentRef[] }).attachments;
  const states = useFileStates(fileSync, attachments.map((ref) => ref.sha256));
  const purposes = describeKind(kind).attachmentPurposes ?? [];
  const [purpose, setPurpose] = useState(purposes[0] ?? '其他');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | null>(null);
  const [removing, setRemoving] = useState<AttachmentRef | null>(null);
  const [removed, setRemoved] = useState<RemovedAttachment<AttachmentRef>[]>([]);
  const readOnly = record.trashed;

  const loadRemoved = useCallback(() => {
    if (!fileSync) return;
    fileSync.removed.list(record.id).then(
      (rows) => setRemoved((rows as RemovedAttachment<AttachmentRef>[]).filter((row) => !attachments.some((ref) => ref.sha256 === row.sha256))),
      () => undefined,
    );
  }, [fileSync, record.id, attachments]);
  useEffect(loadRemoved, [loadRemoved]);

  const run = async (label: string, action: () => Promise<string | undefined>) => {
    setBusy(label);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ severity: 'success', text: done });
    } catch (error) {
      setMessage({ severity: 'error', text: describeError(error).message });
    } finally {
      setBusy(null);
    }
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !fileSync) return;
    const problem = attachmentProblem(file);
    if (problem) {
      setMessage({ severity: 'error', text: problem.message });
      return;
    }
    void run('add', async () => {
      const { sha256, size } = await fileSync.add(new Uint8Array(await file.arrayBuffer()));
      const ref: AttachmentRef = { sha256, size, name: file.name, mimeType: mimeTypeOf(file.name, file.type), purpose, addedAt: store.clock().toISOString() };
      await addAttachment(store, kind, record.id, ref, actor);
      onChanged();
      return `已添加「${file.name}」`;
    });
  };

  const save = (ref: AttachmentRef) => run(ref.sha256, async () => {
    if (!fileSync) return undefined;
    const bytes = await fileSync.read(ref.sha256, ref.size);
    const extension = /\.([a-z0-9]{1,5})$/i.exec(ref.name)?.[1];
    const saved = await saveFile({ suggestedName: ref.name, contents: bytes, ...(extension ? { filters: [{ name: ref.purpose, extensions: [extension] }] } : {}) });
    if (!saved.ok) throw new Error(`${saved.error.code}: ${saved.error.message}`);
    return saved.value.savedTo ? `已保存到 ${saved.value.savedTo}` : undefined;
  });

  const download = (ref: AttachmentRef) => run(ref.sha256, async () => {
    await fileSync?.download(ref.sha256, ref.size);
    return `「${ref.name}」已下载到本机`;
  });

  const remove = async (ref: AttachmentRef) => {
    await removeAttachment(store, kind, record.id, ref.sha256, actor);
    await fileSync?.removed.remember({ recordId: record.id, sha256: ref.sha256, ref, removedAt: store.clock().toISOString(), removedBy: actor.person });
    onChanged();
  };

  const restore = (entry: RemovedAttachment<AttachmentRef>) => run(entry.sha256, async () => {
    await addAttachment(store, kind, record.id, entry.ref, actor);
    await fileSync?.removed.forget(record.id, entry.sha256);
    onChanged();
    return `已恢复「${entry.ref.name}」`;
  });

  return (
    <DetailSection title="附件">
      {openError !== undefined && <Alert severity="error" sx={{ mb: 1 }}>附件存储打不开：{describeError(openError).message}</Alert>}
      {message && <Alert severity={message.severity} sx={{ mb: 1 }} onClose={() => setMessage(null)}>{message.text}</Alert>}
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <TextField select size="small" label="附件用途" value={purpose} onChange={(event) => setPurpose(event.target.value)} sx={{ minWidth: 220 }}>
            {purposes.map((item) => <MenuItem key={item} value={item}>{item}</MenuItem>)}
          </TextField>
          <Button variant="outlined" component="label" disabled={!fileSync || busy !== null}>
            {busy === 'add' ? '正在添加…' : '添加附件'}
            <input hidden type="file" accept={acceptAttribute} aria-label="选择附件文件" onChange={onPick} />
          </Button>
          <Typography variant="body2" color="text.secondary">扫描件、照片或 PDF，每个不超过 50 MB</Typography>
        </Box>
      )}
      {attachments.length === 0 ? (
        <Typography color="text.secondary">暂无附件</Typography>
      ) : (
        <Table size="small" aria-label="附件列表">
          <TableHead>
            <TableRow><TableCell>文件名</TableCell><TableCell>用途</TableCell><TableCell>大小</TableCell><TableCell>状态</TableCell><TableCell align="right">操作</TableCell></TableRow>
          </TableHead>
          <TableBody>
            {attachments.map((ref) => {
              const state = states.get(ref.sha256);
              return (
                <TableRow key={ref.sha256}>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{ref.name}</TableCell>
                  <TableCell>{ref.purpose}</TableCell>
                  <TableCell>{formatBytes(ref.size)}</TableCell>
                  <TableCell><FileStateChip state={state} size={ref.size} /></TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {state?.kind === 'missing' && (
                      <Button size="small" disabled={busy !== null || state.downloading} onClick={() => void download(ref)}>下载</Button>
                    )}
                    <Button size="small" disabled={busy !== null} onClick={() => void save(ref)} aria-label={`保存「${ref.name}」`}>保存到电脑</Button>
                    {!readOnly && <Button size="small" color="error" disabled={busy !== null} onClick={() => setRemoving(ref)} aria-label={`删除「${ref.name}」`}>删除</Button>}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {!readOnly && removed.length > 0 && (
        <Box sx={{ mt: 2 }} aria-label="已删除的附件">
          <Typography variant="body2" color="text.secondary">本机删除的附件（文件仍保留，可恢复）：</Typography>
          {removed.map((entry) => (
            <Box key={entry.sha256} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography variant="body2">{entry.ref.name}（{entry.removedBy} 删除）</Typography>
              <Button size="small" disabled={busy !== null} onClick={() => void restore(entry)} aria-label={`恢复「${entry.ref.name}」`}>恢复</Button>
            </Box>
          ))}
        </Box>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="删除附件"
        message={removing ? `确定从此记录删除附件「${removing.name}」？删除会记入修改记录；文件仍留在本机和县服务器，可在本机恢复。` : ''}
        confirmLabel="删除"
        tone="error"
        onConfirm={() => (removing ? remove(removing) : undefined)}
        onClose={() => setRemoving(null)}
      />
    </DetailSection>
  );
}
