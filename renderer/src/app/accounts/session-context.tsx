// Who is signed in on this window, and the idle lock (issue 11, decision 031). The store keeps the session
// and checks it on every write; this context lets the screens follow it.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES } from '#shared/domain/accounts/idle-lock';
import type { AccountSummary } from '../../store/account-contract';
import { useAppStore } from '../store-context';
import { useDeviceSettings } from '../settings-context';
import { useIdleTimer } from './useIdleTimer';

export interface SessionState {
  account: AccountSummary | null;
  /** The screen is hidden until the signed-in person types their password again. */
  locked: boolean;
  lock: () => void;
  unlocked: () => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = use(SessionContext);
  if (!state) throw new Error('SESSION_CONTEXT_MISSING: useSession outside <SessionProvider>');
  return state;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const store = useAppStore();
  const { settings } = useDeviceSettings();
  const [account, setAccount] = useState(() => store.accounts.current());
  const [locked, setLocked] = useState(false);
  useEffect(() => store.accounts.watch(() => setAccount(store.accounts.current())), [store]);

  const lock = useCallback(() => setLocked(true), []);
  const signOut = useCallback(() => {
    setLocked(false);
    store.accounts.signOut();
  }, [store]);
  useIdleTimer((settings.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES) * 60_000, Boolean(account) && !locked, lock);

  const value = useMemo(() => ({ account, locked, lock, unlocked: () => setLocked(false), signOut }), [account, locked, lock, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
