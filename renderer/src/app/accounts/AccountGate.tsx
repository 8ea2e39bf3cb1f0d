// Nothing of the records shows until someone is signed in (decision 031): the first 管理员 is made on a PC
// without accounts, then each official signs in; after the idle time the app is unmounted behind the lock
// screen (personal data is not merely covered), and a draft being typed comes back from the encrypted
// draft store once unlocked.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AccountSummary } from '../../store/account-contract';
import { LoadingState } from '../../components/feedback/LoadingState';
import { useAppStore } from '../store-context';
import { FirstAdminForm } from './FirstAdminForm';
import { SetOwnPasswordForm } from './SetOwnPasswordForm';
import { useSession } from './session-context';
import { SignInForm } from './SignInForm';

export function AccountGate({ children }: { children: ReactNode }) {
  const store = useAppStore();
  const session = useSession();
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const reload = useCallback(() => { void store.accounts.list().then(setAccounts); }, [store]);
  useEffect(() => {
    reload();
    return store.accounts.watch(reload);
  }, [store, reload]);

  if (!accounts) return <LoadingState label="正在读取账户…" />;
  if (accounts.length === 0) return <FirstAdminForm onMade={reload} />;
  if (!session.account) return <SignInForm accounts={accounts} onSignedIn={session.unlocked} />;
  if (session.locked) return <SignInForm accounts={accounts} lockedFor={session.account} onSignedIn={session.unlocked} onSwitch={session.signOut} />;
  if (session.account.mustChangePassword) return <SetOwnPasswordForm account={session.account} onSignOut={session.signOut} />;
  return children;
}
