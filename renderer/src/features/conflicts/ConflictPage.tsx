// One conflict: every colliding field with its Chinese name, the value of the PC that found it
// beside the server's, a choice per field, and 保存选择. Saving needs a choice for every field, so
// no value is dropped because nobody looked at it. A PC that does not own the record (the county,
// for a township's ledger) sees the conflict and is told who resolves it (decision 039).
import { useCallback, useState } from 'react';
import { Alert, Box, Button, FormControlLabel, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { Link, useLocation, useParams } from 'wouter';
import { describeKind, recordHref } from '#shared/domain/kinds/index';
import { useActor } from '../../app/settings-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import type { ConflictChoice } from '../../sync/contract';
import { useSync } from '../../sync/SyncContext';
import { fieldLabelOf } from './conflict-values';
import { conflictSides } from './conflict-sides';
import { ConflictValue } from './ConflictValue';
import { formatTime } from './ConflictsPage';

export function ConflictPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { client } = useSync();
  const actor = useActor();
  const [, navigate] = useLocation();
  const load = useCallback(async () => {
    if (!client) return null;
    const [conflicts, enrollment] = await Promise.all([client.conflicts(), client.enrollment()]);
    const found = conflicts.find((conflict) => conflict.id === id);
    return found ? { conflict: found, sides: conflictSides(found, enrollment) } : null;
  }, [client, id]);
  const { data, error, loading } = useAsync(load);
  const [choice, setChoice] = useState<ConflictChoice>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  if (saved) {
    return (
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">冲突处理</Typography>
        <Alert severity="success" role="status">已保存选择，记录将同步到县服务器。</Alert>
        <Box><Button variant="contained" onClick={() => navigate('/conflicts')}>返回冲突列表</Button></Box>
      </Stack>
    );
  }
  if (error !== undefined) return <Alert severity="error">读取冲突失败：{describeError(error).message}</Alert>;
  if (loading && data === undefined) return <LoadingState />;
  if (!client || !data) {
    return (
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">冲突处理</Typography>
        <Alert severity="info">这个冲突已经处理过，或不存在。<Link href="/conflicts">返回冲突列表</Link></Alert>
      </Stack>
    );
  }

  const { conflict, sides } = data;
  const missing = conflict.fields.filter((field) => !choice[field.field]);
  const save = async () => {
    if (missing.length > 0) {
      setProblem(`还有 ${missing.length} 项没有选择：${missing.map((field) => fieldLabelOf(conflict.kind, field.field)).join('、')}。请逐项选择保留${sides.local}的值还是服务器的值。`);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await client.resolveConflict(conflict.id, choice, actor);
      setSaved(true);
    } catch (reason) {
      setProblem(`保存失败：${describeError(reason).message}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">冲突处理 · {conflict.title}</Typography>
      <Typography color="text.secondary">
        {describeKind(conflict.kind).label} · 发现于 {formatTime(conflict.detectedAt)} · <Link href={recordHref(conflict.kind, conflict.recordId)}>查看记录</Link>
      </Typography>
      {sides.mayResolve ? (
        <Alert severity="info" role="note">下列内容在{sides.local}和服务器上被改成了不同的值。每一项请选择保留“{sides.local}”还是“服务器”的值；未列出的内容已自动合并。</Alert>
      ) : (
        <Alert severity="info" role="note">下列内容在{sides.local}和服务器上被改成了不同的值。这条记录属于乡镇，由乡镇的电脑选择保留哪个值；本机只能查看，处理后这里会自动消失。</Alert>
      )}
      {problem && <Alert severity="error" role="alert">{problem}</Alert>}
      {conflict.fields.map((field) => {
        const label = fieldLabelOf(conflict.kind, field.field);
        return (
          <Paper key={field.field} variant="outlined" component="section" aria-label={label} sx={{ p: 2 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>{label}</Typography>
            <RadioGroup aria-label={label} aria-disabled={!sides.mayResolve} value={choice[field.field] ?? ''}
              onChange={(event) => setChoice((current) => ({ ...current, [field.field]: event.target.value as 'local' | 'server' }))}
              sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              {(['local', 'server'] as const).map((side) => (
                <Box key={side} sx={{ p: 1, borderRadius: 1, bgcolor: choice[field.field] === side ? 'action.selected' : 'action.hover' }}>
                  <FormControlLabel value={side} control={<Radio size="small" />} label={sides[side]} disabled={!sides.mayResolve} />
                  <ConflictValue kind={conflict.kind} field={field.field} value={side === 'local' ? field.local : field.server} side={sides[side]} />
                </Box>
              ))}
            </RadioGroup>
          </Paper>
        );
      })}
      <Box sx={{ display: 'flex', gap: 1 }}>
        {sides.mayResolve && <Button variant="contained" onClick={() => void save()} disabled={saving}>{saving ? '正在保存…' : '保存选择'}</Button>}
        <Button component={Link} href="/conflicts">返回</Button>
      </Box>
    </Stack>
  );
}
