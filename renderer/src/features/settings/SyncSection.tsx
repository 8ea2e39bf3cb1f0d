// 同步 (county server): enroll this computer with the server address and the one-time code the
// 县司法局 gave, see the enrollment once done, 立即同步, and 退出登记 (local records stay).
// The server decides the role: a county code makes this device 县司法局, a township code sets its township.
import { useCallback, useState } from 'react';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useDeviceSettings } from '../../app/settings-context';
import { useReferenceLabels } from '../../app/useReference';
import { useAsync } from '../../components/async/useAsync';
import { ConfirmDialog } from '../../components/feedback/ConfirmDialog';
import { describeError } from '../../components/feedback/describe-error';
import type { SyncClient, SyncEnrollment } from '../../sync/contract';
import { describeTime } from '../../sync/SyncStatusChip';
import { useSync } from '../../sync/SyncContext';
import { checkSyncForm, type SyncFormErrors, type SyncFormValues } from './sync-form';

const roleLabels = { township: '乡镇', county: '县司法局' } as const;

function EnrollmentView({ enrollment, client, onLeft }: { enrollment: SyncEnrollment; client: SyncClient; onLeft: () => void }) {
  const townships = useReferenceLabels('township');
  const [confirming, setConfirming] = useState(false);
  const [asked, setAsked] = useState(false);
  const rows: [string, string][] = [
    ['服务器', enrollment.serverUrl],
    ['角色', roleLabels[enrollment.role]],
    ...(enrollment.townshipId ? [['乡镇', townships.all[enrollment.townshipId] ?? enrollment.townshipId] as [string, string]] : []),
    ['本机名称', enrollment.deviceName],
    ['登记时间', describeTime(enrollment.enrolledAt)],
  ];
  return (
    <Stack spacing={1.5}>
      <Alert severity="success">本机已登记到县服务器，记录会自动同步。</Alert>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }} aria-label="登记信息">
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">{label}</Typography>
            <Typography component="dd" sx={{ m: 0 }} data-testid={`enrollment-${label}`}>{value}</Typography>
          </Box>
        ))}
      </Box>
      {asked && <Alert severity="info" role="status">已开始同步，进度见右上角的同步状态。</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={() => { client.syncNow(); setAsked(true); }}>立即同步</Button>
        <Button color="error" onClick={() => setConfirming(true)}>退出登记</Button>
      </Box>
      <ConfirmDialog
        open={confirming} title="退出登记？" tone="error" confirmLabel="退出登记"
        message="本机将停止与县服务器同步，并忘记登记凭据。本机已有的记录会保留，不会删除；尚未同步的修改要等重新登记后才能上传。以后可以用新的登记码重新登记。"
        onConfirm={async () => { await client.leave(); onLeft(); }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

function EnrollForm({ client, onEnrolled }: { client: SyncClient | null; onEnrolled: (enrollment: SyncEnrollment) => Promise<void> }) {
  const { settings, township } = useDeviceSettings();
  const [values, setValues] = useState<SyncFormValues>(() => ({
    serverUrl: '', code: '', deviceName: settings.role === 'county' ? '县司法局电脑' : `${township?.name ?? ''}电脑`,
  }));
  const [errors, setErrors] = useState<SyncFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof SyncFormValues) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
    error: Boolean(errors[name]),
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const checked = checkSyncForm(values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    if (!client) return setProblem('同步功能尚未启动，请稍候再试；若一直如此，请重启台账。');
    setBusy(true);
    try {
      const result = await client.enroll(checked.input);
      if (!result.ok) setProblem(result.problem.message);
      else await onEnrolled(result.enrollment);
    } catch (error) {
      setProblem(describeError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} aria-label="登记到县服务器">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        向县司法局索取服务器地址和一次性登记码（形如 7KQM-3XPA-HT9C），登记后本机的记录会自动同步到县服务器。
      </Typography>
      {problem && <Alert severity="error" role="alert" sx={{ mb: 2 }}>登记没有成功：{problem}</Alert>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' } }}>
        <TextField label="服务器地址" placeholder="https://taizhang.example.gov.cn" {...field('serverUrl')} helperText={errors.serverUrl ?? ' '} />
        <TextField label="登记码" placeholder="7KQM-3XPA-HT9C" {...field('code')} helperText={errors.code ?? ' '}
          slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }} />
        <TextField label="本机名称" {...field('deviceName')}
          helperText={errors.deviceName ?? '县里凭它区分各台电脑，如“忠仁镇司法所 2 号机”'} />
      </Box>
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1 }}>{busy ? '正在登记…' : '登记'}</Button>
    </Box>
  );
}

export function SyncSection() {
  const { client } = useSync();
  const { settings, save } = useDeviceSettings();
  const load = useCallback(() => (client ? client.enrollment() : Promise.resolve(null)), [client]);
  const { data: enrollment, error, reload } = useAsync(load);

  const enrolled = async (next: SyncEnrollment) => {
    // The server's word on the role wins: a county code makes this a 县司法局 device everywhere in the app.
    await save(next.role === 'county' ? { role: 'county' } : { role: 'township', townshipId: next.townshipId ?? settings.townshipId });
    reload();
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="同步">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 2 }}>同步（县服务器）</Typography>
      {error !== undefined && <Alert severity="error" sx={{ mb: 2 }}>读取登记信息失败：{describeError(error).message}</Alert>}
      {enrollment && client
        ? <EnrollmentView enrollment={enrollment} client={client} onLeft={reload} />
        : enrollment === null || !client ? <EnrollForm client={client} onEnrolled={enrolled} /> : null}
    </Paper>
  );
}
