// Staff accounts of one PC (issue 11, decision 031): who is signed in decides who a change is attributed to
// and what may be written; the store enforces it (account-guard.ts), the UI only follows.
import type { AccountInput, InputProblems } from '#shared/domain/accounts/account-input';
import type { AccountRole } from '#shared/domain/accounts/roles';

export interface AccountSummary {
  id: string;
  name: string;
  login: string;
  role: AccountRole;
  createdAt: string;
  /** Set while wrong passwords keep the account locked (list() only): the ISO time it opens again. */
  lockedUntil?: string;
  /** The 管理员 chose the password (a new account, a reset): the owner sets their own before working. */
  mustChangePassword?: true;
}

export type AccountResult = { ok: true; account: AccountSummary } | { ok: false; message: string; problems?: InputProblems };

export interface AccountStore {
  /** This PC's accounts, without their password hashes, in the order they were made. */
  list(): Promise<AccountSummary[]>;
  /** First start: the first 管理员, signed in at once. Refused once any account exists. */
  createFirstAdmin(input: Omit<AccountInput, 'role'>): Promise<AccountResult>;
  /** 管理员 only. */
  add(input: AccountInput): Promise<AccountResult>;
  /** 管理员 only; never the signed-in account itself. Records keep the name of whoever made them. */
  remove(id: string): Promise<AccountResult>;
  /** 管理员 only: a forgotten password replaced by a temporary one, the account's lock cleared. */
  resetPassword(id: string, password: string, confirm: string): Promise<AccountResult>;
  /**
   * The signed-in person replaces their own password, typing the current one (a wrong one counts toward
   * the lock as at sign-in, and a lock signs them out). Clears `mustChangePassword`.
   */
  changeOwnPassword(current: string, password: string, confirm: string): Promise<AccountResult>;
  signIn(id: string, password: string): Promise<AccountResult>;
  signOut(): void;
  /** The signed-in person, or null. */
  current(): AccountSummary | null;
  /** Calls `listener` after a sign-in or sign-out here, or a change to the accounts. Returns the unsubscribe. */
  watch(listener: () => void): () => void;
}
