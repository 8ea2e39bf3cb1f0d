// A new password typed twice, with its strength shown while it is typed (the first 管理员, a new account,
// a password reset). The store checks the same rule (account-input.ts) whatever the form let through.
import { TextField } from '@mui/material';
import { MIN_PASSWORD_LENGTH, passwordStrength, type InputProblems } from '#shared/domain/accounts/account-input';

export interface NewPassword {
  password: string;
  confirm: string;
}

export function NewPasswordFields({ value, onChange, problems, label = '密码' }: {
  value: NewPassword;
  onChange: (next: NewPassword) => void;
  problems: Pick<InputProblems, 'password' | 'confirm'>;
  label?: string;
}) {
  const hint = value.password ? `密码强度：${passwordStrength(value.password)}` : `至少 ${MIN_PASSWORD_LENGTH} 位，须同时包含字母和数字`;
  return (
    <>
      <TextField label={label} type="password" value={value.password} autoComplete="new-password"
        onChange={(event) => onChange({ ...value, password: event.target.value })}
        error={Boolean(problems.password)} helperText={problems.password ?? hint} />
      <TextField label="确认密码" type="password" value={value.confirm} autoComplete="new-password"
        onChange={(event) => onChange({ ...value, confirm: event.target.value })}
        error={Boolean(problems.confirm)} helperText={problems.confirm ?? ' '} />
    </>
  );
}
