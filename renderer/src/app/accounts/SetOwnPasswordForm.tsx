// After signing in with a password the 管理员 chose (a new account, a reset), the official sets one only they
// know before any record shows: otherwise the 管理员 could work under their name.
import { Alert, Button, Stack } from '@mui/material';
import type { AccountSummary } from '../../store/account-contract';
import { GateCard } from './GateCard';
import { OwnPasswordFields } from './OwnPasswordFields';
import { useOwnPasswordChange } from './useOwnPasswordChange';

export function SetOwnPasswordForm({ account, onSignOut }: { account: AccountSummary; onSignOut: () => void }) {
  const change = useOwnPasswordChange();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // On success the store's session no longer asks for a change, and the gate lets the app in.
    void change.submit();
  };
  return (
    <GateCard title="设置自己的密码" label="设置自己的密码">
      <Stack component="form" noValidate spacing={2} onSubmit={submit} aria-label="设置自己的密码">
        <Alert severity="info" role="status">{account.name}，您现在的密码是管理员设置的。请换成只有您自己知道的密码，再开始工作。</Alert>
        <OwnPasswordFields change={change} currentLabel="管理员给您的密码" />
        <Button type="submit" variant="contained" disabled={change.busy}>{change.busy ? '正在保存…' : '保存并进入'}</Button>
        <Button onClick={onSignOut}>退出登录</Button>
      </Stack>
    </GateCard>
  );
}
