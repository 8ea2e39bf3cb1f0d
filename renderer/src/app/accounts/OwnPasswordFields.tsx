// 当前密码, then the new one twice with its strength: the fields of a password change by its owner.
import { Alert, TextField } from '@mui/material';
import { NewPasswordFields } from './NewPasswordFields';
import type { OwnPasswordChange } from './useOwnPasswordChange';

export function OwnPasswordFields({ change, currentLabel = '当前密码' }: { change: OwnPasswordChange; currentLabel?: string }) {
  return (
    <>
      {change.message && <Alert severity="error" role="alert">{change.message}</Alert>}
      <TextField label={currentLabel} type="password" value={change.current} autoComplete="current-password" autoFocus
        onChange={(event) => change.setCurrent(event.target.value)} />
      <NewPasswordFields label="新密码" value={change.next} onChange={change.setNext} problems={change.problems} />
    </>
  );
}
