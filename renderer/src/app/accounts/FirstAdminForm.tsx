// First start (or the first start after an update that brought accounts): the township's 司法所 管理员
// makes their account; they add the other staff afterwards in 账户管理.
import { useState } from 'react';
import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { accountInputProblems, type InputProblems } from '#shared/domain/accounts/account-input';
import { describeError } from '../../components/feedback/describe-error';
import { useAppStore } from '../store-context';
import { useDeviceSettings } from '../settings-context';
import { useReferenceEntries } from '../useReference';
import { GateCard } from './GateCard';
import { NewPasswordFields } from './NewPasswordFields';

export function FirstAdminForm({ onMade }: { onMade: () => void }) {
  const store = useAppStore();
  const { settings, save } = useDeviceSettings();
  const { entries: townships } = useReferenceEntries('township');
  const [values, setValues] = useState({ name: settings.operatorName, login: '', password: '', confirm: '' });
  const [townshipId, setTownshipId] = useState(settings.townshipId);
  const [problems, setProblems] = useState<InputProblems & { township?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: event.target.value }),
    error: Boolean(problems[key]),
    helperText: problems[key] ?? ' ',
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    // The store checks the same rule; checked here first so that the township is saved only with an account.
    const found = { ...accountInputProblems({ ...values, role: 'admin' }, []), ...(townshipId ? {} : { township: '请选择所属乡镇' }) };
    if (Object.keys(found).length > 0) {
      setProblems(found);
      setMessage('请按提示修改后再保存。');
      return;
    }
    setBusy(true);
    try {
      // The township first: the app opens the moment the account exists, and must find its settings whole.
      await save({ operatorName: values.name.trim(), townshipId });
      const made = await store.accounts.createFirstAdmin(values);
      if (!made.ok) {
        setProblems(made.problems ?? {});
        setMessage(made.message);
        return;
      }
      onMade();
    } catch (error) {
      setMessage(`保存失败：${describeError(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GateCard title="创建管理员账户" label="创建管理员账户">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        欢迎使用台账。请司法所管理员先创建自己的账户，之后在“账户管理”中为其他工作人员添加账户。每一条记录的修改都会记下登录人。
      </Typography>
      <Stack component="form" noValidate spacing={1} onSubmit={(event) => void submit(event)} aria-label="管理员账户">
        {message && <Alert severity="error" role="alert">{message}</Alert>}
        <TextField select label="所属乡镇" value={townships ? townshipId : ''} onChange={(event) => setTownshipId(event.target.value)}
          error={Boolean(problems.township)} helperText={problems.township ?? ' '}>
          {(townships ?? []).filter((entry) => entry.active).map((entry) => <MenuItem key={entry.code} value={entry.code}>{entry.name}</MenuItem>)}
        </TextField>
        <TextField label="姓名" {...field('name')} />
        <TextField label="用户名" {...field('login')} autoComplete="username" />
        <NewPasswordFields value={values} onChange={(next) => setValues({ ...values, ...next })} problems={problems} />
        <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在创建…' : '创建并登录'}</Button>
      </Stack>
    </GateCard>
  );
}
