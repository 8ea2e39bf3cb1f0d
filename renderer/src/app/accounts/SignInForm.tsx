// 登录 on a shared office PC: choose your name, type your password. Wrong passwords count towards the
// account's lock (lockout.ts), which the store keeps across restarts.
import { useState } from 'react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { accountRoleLabels } from '#shared/domain/accounts/roles';
import type { AccountSummary } from '../../store/account-contract';
import { useAppStore } from '../store-context';
import { GateCard } from './GateCard';

export function SignInForm({ accounts, lockedFor, onSignedIn, onSwitch }: {
  accounts: readonly AccountSummary[];
  /** Unlocking after the idle lock: only this person's password opens the screen again. */
  lockedFor?: AccountSummary;
  onSignedIn: () => void;
  onSwitch?: () => void;
}) {
  const store = useAppStore();
  const [id, setId] = useState(lockedFor?.id ?? (accounts.length === 1 ? accounts[0]?.id ?? '' : ''));
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!id) return setMessage('请选择账户。');
    if (!password) return setMessage('请输入密码。');
    setBusy(true);
    const signed = await store.accounts.signIn(id, password).finally(() => setBusy(false));
    setPassword('');
    if (!signed.ok) return setMessage(signed.message);
    onSignedIn();
  };

  return (
    <GateCard title={lockedFor ? '已锁定' : '登录'} label={lockedFor ? '已锁定' : '登录'}>
      <Stack component="form" noValidate spacing={2} onSubmit={(event) => void submit(event)} aria-label={lockedFor ? '解锁' : '登录'}>
        {lockedFor && <Alert severity="info" role="status">本机空闲后已锁定，记录已隐藏。请 {lockedFor.name} 输入密码解锁，或切换用户。</Alert>}
        {message && <Alert severity="error" role="alert">{message}</Alert>}
        <TextField select label="账户" value={id} onChange={(event) => setId(event.target.value)} disabled={Boolean(lockedFor)}>
          {accounts.map((account) => (
            <MenuItem key={account.id} value={account.id}>{account.name}（{accountRoleLabels[account.role]}）</MenuItem>
          ))}
        </TextField>
        <TextField label="密码" type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" autoFocus />
        <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在核对…' : lockedFor ? '解锁' : '登录'}</Button>
        {onSwitch && <Button onClick={onSwitch}>切换用户</Button>}
      </Stack>
    </GateCard>
  );
}
