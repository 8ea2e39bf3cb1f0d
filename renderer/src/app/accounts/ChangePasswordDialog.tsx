// 修改密码 in the app bar: the signed-in official replaces their own password at any time.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { OwnPasswordFields } from './OwnPasswordFields';
import { useOwnPasswordChange } from './useOwnPasswordChange';

export function ChangePasswordDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const change = useOwnPasswordChange();
  // The dialog is the form: Enter in a field saves, as on the sign-in screen.
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void change.submit().then((done) => { if (done) onChanged(); });
  };
  return (
    <Dialog open onClose={() => !change.busy && onClose()} aria-labelledby="change-password-title"
      slotProps={{ paper: { component: 'form', noValidate: true, onSubmit: submit } as object }}>
      <DialogTitle id="change-password-title">修改密码</DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ pt: 1 }}>
          <OwnPasswordFields change={change} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={change.busy}>取消</Button>
        <Button type="submit" variant="contained" disabled={change.busy}>保存新密码</Button>
      </DialogActions>
    </Dialog>
  );
}
