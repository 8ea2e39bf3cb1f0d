// 重设密码: the 管理员 gives an official who forgot theirs a temporary password (the account's lock is
// cleared with it). The store refuses anyone but a 管理员 and a password that breaks the rule.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import type { InputProblems } from '#shared/domain/accounts/account-input';
import { NewPasswordFields } from '../../app/accounts/NewPasswordFields';
import { useAppStore } from '../../app/store-context';
import { describeError } from '../../components/feedback/describe-error';
import type { AccountSummary } from '../../store/account-contract';

export function ResetPasswordDialog({ account, onClose, onDone }: { account: AccountSummary; onClose: () => void; onDone: (text: string) => void }) {
  const store = useAppStore();
  const [value, setValue] = useState({ password: '', confirm: '' });
  const [problems, setProblems] = useState<InputProblems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const reset = await store.accounts.resetPassword(account.id, value.password, value.confirm);
      if (!reset.ok) {
        setProblems(reset.problems ?? {});
        setMessage(reset.message);
        return;
      }
      onDone(`已为“${account.name}”重设密码。请把临时密码告诉本人：本人用它登录后，须先换成自己的密码。`);
      onClose();
    } catch (error) {
      setMessage(`重设失败：${describeError(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={() => !busy && onClose()} aria-labelledby="reset-password-title">
      <DialogTitle id="reset-password-title">重设“{account.name}”的密码</DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">设置一个临时密码。账户如因输错密码被锁定，也会随之解锁。</Typography>
          {message && <Alert severity="error" role="alert">{message}</Alert>}
          <NewPasswordFields label="临时密码" value={value} onChange={setValue} problems={problems} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>取消</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>重设密码</Button>
      </DialogActions>
    </Dialog>
  );
}
