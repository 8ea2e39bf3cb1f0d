// 账户管理 (管理员 only, decision 031): who may sign in on this PC, in which role, whether wrong passwords
// keep an account locked; add, remove, reset a forgotten password, set the idle lock. The store refuses
// every change to a non-管理员 itself; this page only says so first.
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { accountRoleLabels, mayManageAccounts } from '#shared/domain/accounts/roles';
import { useSession } from '../../app/accounts/session-context';
import { useAppStore } from '../../app/store-context';
import { ConfirmDialog } from '../../components/feedback/ConfirmDialog';
import { LoadingState } from '../../components/feedback/LoadingState';
import type { AccountSummary } from '../../store/account-contract';
import { AddAccountForm } from './AddAccountForm';
import { IdleLockForm } from './IdleLockForm';
import { ResetPasswordDialog } from './ResetPasswordDialog';

/** A lock first; then whether the password is still the one the 管理员 chose. */
const stateText = ({ lockedUntil, mustChangePassword }: AccountSummary) => {
  if (lockedUntil) return `锁定至 ${new Date(lockedUntil).toLocaleTimeString('zh-CN', { hour12: false, hour: '2-digit', minute: '2-digit' })}`;
  return mustChangePassword ? '待本人设置密码' : '正常';
};

export function AccountsPage() {
  const store = useAppStore();
  const { account: me } = useSession();
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [removing, setRemoving] = useState<AccountSummary | null>(null);
  const [resetting, setResetting] = useState<AccountSummary | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const reload = useCallback(() => { void store.accounts.list().then(setAccounts); }, [store]);
  useEffect(() => {
    reload();
    return store.accounts.watch(reload);
  }, [store, reload]);

  if (!me || !mayManageAccounts(me.role)) {
    return (
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <Typography variant="h5" component="h1">账户管理</Typography>
        <Alert severity="warning">只有管理员可以管理本机的账户。如需添加账户或重设密码，请找司法所管理员。</Alert>
      </Stack>
    );
  }

  const remove = async (target: AccountSummary) => {
    const removed = await store.accounts.remove(target.id);
    if (!removed.ok) throw new Error(`ACCOUNT_NOT_REMOVED: ${removed.message}`);
    setStatus(`已删除账户“${target.name}”。其经办过的记录仍显示其姓名。`);
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <Typography variant="h5" component="h1">账户管理</Typography>
      {status && <Alert severity="success" role="status" onClose={() => setStatus(null)}>{status}</Alert>}
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="本机账户">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>本机账户</Typography>
        {!accounts ? <LoadingState label="正在读取账户…" /> : (
          <Table size="small" aria-label="账户列表">
            <TableHead>
              <TableRow><TableCell>姓名</TableCell><TableCell>用户名</TableCell><TableCell>角色</TableCell><TableCell>状态</TableCell><TableCell>操作</TableCell></TableRow>
            </TableHead>
            <TableBody>
              {accounts.map((account) => (
                <TableRow key={account.id}>
                  <TableCell>{account.name}{account.id === me.id ? '（当前登录）' : ''}</TableCell>
                  <TableCell>{account.login}</TableCell>
                  <TableCell>{accountRoleLabels[account.role]}</TableCell>
                  <TableCell>{stateText(account)}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setResetting(account)} aria-label={`重设 ${account.name} 的密码`}>重设密码</Button>
                    <Button size="small" color="error" disabled={account.id === me.id} onClick={() => setRemoving(account)}
                      aria-label={`删除 ${account.name}`}>删除</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      <AddAccountForm onAdded={setStatus} />
      <IdleLockForm />
      <ConfirmDialog open={removing !== null} title="删除账户" tone="error" confirmLabel="删除"
        message={removing ? `确定删除“${removing.name}”（${accountRoleLabels[removing.role]}）的账户？删除后此人不能再登录本机，已有记录不受影响。` : ''}
        onConfirm={() => (removing ? remove(removing) : undefined)} onClose={() => setRemoving(null)} />
      {resetting && <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} onDone={setStatus} />}
    </Stack>
  );
}
