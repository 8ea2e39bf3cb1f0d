// 添加账户: name, 用户名, role and an initial password typed twice. The store checks the same rules
// (account-input.ts) and refuses anyone but a 管理员.
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, TextField, Typography } from '@mui/material';
import type { InputProblems } from '#shared/domain/accounts/account-input';
import { accountRoleLabels, accountRoles, type AccountRole } from '#shared/domain/accounts/roles';
import { NewPasswordFields } from '../../app/accounts/NewPasswordFields';
import { useAppStore } from '../../app/store-context';
import { describeError } from '../../components/feedback/describe-error';

const empty = { name: '', login: '', role: 'mediator' as AccountRole, password: '', confirm: '' };

export function AddAccountForm({ onAdded }: { onAdded: (text: string) => void }) {
  const store = useAppStore();
  const [values, setValues] = useState(empty);
  const [problems, setProblems] = useState<InputProblems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const added = await store.accounts.add(values);
      if (!added.ok) {
        setProblems(added.problems ?? {});
        setMessage(added.message);
        return;
      }
      setValues(empty);
      setProblems({});
      onAdded(`已添加账户“${added.account.name}”（${accountRoleLabels[added.account.role]}）。请把初始密码告诉本人：本人首次登录时须换成自己的密码。`);
    } catch (error) {
      setMessage(`添加失败：${describeError(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'name' | 'login', label: string, helper: string) => (
    <TextField label={label} value={values[key]} onChange={(event) => setValues({ ...values, [key]: event.target.value })}
      error={Boolean(problems[key])} helperText={problems[key] ?? helper} />
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate aria-label="添加账户" onSubmit={(event) => void submit(event)}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 2 }}>添加账户</Typography>
      {message && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{message}</Alert>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        {text('name', '姓名', '记录的修改人显示此姓名')}
        {text('login', '用户名', '字母或数字，登录时不必输入')}
        <TextField select label="角色" value={values.role} onChange={(event) => setValues({ ...values, role: event.target.value as AccountRole })}
          error={Boolean(problems.role)} helperText={problems.role ?? ' '}>
          {accountRoles.map((role) => <MenuItem key={role} value={role}>{accountRoleLabels[role]}</MenuItem>)}
        </TextField>
        <Box />
        <NewPasswordFields label="初始密码" value={values} onChange={(next) => setValues({ ...values, ...next })} problems={problems} />
      </Box>
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1 }}>{busy ? '正在添加…' : '添加账户'}</Button>
    </Paper>
  );
}
