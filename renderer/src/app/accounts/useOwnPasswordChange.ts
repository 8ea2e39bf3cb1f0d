// The signed-in person replacing their own password (the store checks the current one, the rule and the
// lock): what the forced form after a 管理员-chosen password and the 修改密码 dialog share.
import { useState } from 'react';
import type { InputProblems } from '#shared/domain/accounts/account-input';
import { useAppStore } from '../store-context';
import type { NewPassword } from './NewPasswordFields';

export interface OwnPasswordChange {
  current: string;
  setCurrent: (value: string) => void;
  next: NewPassword;
  setNext: (value: NewPassword) => void;
  problems: InputProblems;
  message: string | null;
  busy: boolean;
  /** True once the password is changed; otherwise the message and problems say why not. */
  submit: () => Promise<boolean>;
}

export function useOwnPasswordChange(): OwnPasswordChange {
  const store = useAppStore();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassword>({ password: '', confirm: '' });
  const [problems, setProblems] = useState<InputProblems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<boolean> => {
    if (!current) {
      setMessage('请输入当前密码。');
      return false;
    }
    setBusy(true);
    setMessage(null);
    try {
      const changed = await store.accounts.changeOwnPassword(current, next.password, next.confirm);
      setProblems(changed.ok ? {} : changed.problems ?? {});
      if (!changed.ok) {
        setMessage(changed.message);
        setCurrent('');
      }
      return changed.ok;
    } finally {
      setBusy(false);
    }
  };

  return { current, setCurrent, next, setNext, problems, message, busy, submit };
}
