// Staff accounts kept on this PC (decision 031): the password only as PBKDF2 (password-hash.ts), the lock
// after wrong passwords (shared/domain/accounts/lockout.ts), one signed-in person per window. Where the
// accounts are kept is handed in (a local document of the database; the memory fake keeps them in memory).
import { v7 as uuidv7 } from 'uuid';
import { accountInputProblems, passwordProblems, type AccountInput, type InputProblems } from '#shared/domain/accounts/account-input';
import { afterWrongPassword, lockedMessage, lockMinutesLeft, unlocked, wrongPasswordMessage, type LockState } from '#shared/domain/accounts/lockout';
import { mayManageAccounts, refusalOf } from '#shared/domain/accounts/roles';
import { hashPassword, passwordMatches, type PasswordHash } from '../encryption/password-hash';
import type { AccountResult, AccountStore, AccountSummary } from './account-contract';

export interface StoredAccount extends AccountSummary {
  password: PasswordHash;
  lock: LockState;
  removedAt?: string;
}

/** The 管理员 chose this password (a new account, a reset): its owner replaces it at the next sign-in. */
const CHOSEN_BY_ADMIN = { mustChangePassword: true } as const;

/** Where the accounts live: read them, or change them in one step (other windows may change them too). */
export interface AccountBook {
  read(): Promise<StoredAccount[]>;
  update(change: (accounts: StoredAccount[]) => StoredAccount[]): Promise<void>;
  /** Calls `listener` when the accounts changed, here or in another window. */
  watch(listener: () => void): () => void;
}

const summaryOf = ({ id, name, login, role, createdAt, mustChangePassword }: StoredAccount): AccountSummary =>
  ({ id, name, login, role, createdAt, ...(mustChangePassword ? CHOSEN_BY_ADMIN : {}) });
const live = (accounts: readonly StoredAccount[]) => accounts.filter((account) => !account.removedAt);
const failed = (message: string, problems?: InputProblems): AccountResult =>
  ({ ok: false, message, ...(problems ? { problems } : {}) });

export function createAccountStore(book: AccountBook, clock: () => Date, iterations?: number): AccountStore & { signedIn(): AccountSummary | null; anyAccount(): Promise<boolean> } {
  let session: AccountSummary | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  book.watch(notify);

  async function make(input: AccountInput, allowed: (accounts: StoredAccount[]) => string | null, chosenByAdmin: boolean): Promise<AccountResult> {
    const accounts = live(await book.read());
    const refusal = allowed(accounts);
    if (refusal) return failed(refusal);
    const problems = accountInputProblems(input, accounts.map((account) => account.login));
    if (Object.keys(problems).length > 0) return failed('请按提示修改后再保存。', problems);
    const account: StoredAccount = {
      id: uuidv7(), name: input.name.trim(), login: input.login.trim(), role: input.role, createdAt: clock().toISOString(),
      password: await hashPassword(input.password, iterations), lock: unlocked, ...(chosenByAdmin ? CHOSEN_BY_ADMIN : {}),
    };
    await book.update((all) => [...all, account]);
    notify();
    return { ok: true, account: summaryOf(account) };
  }

  const adminRefusal = (what: string): string | null => {
    if (!session) return '请先登录。';
    return mayManageAccounts(session.role) ? null : refusalOf(session.role, what);
  };

  const setLock = (id: string, lock: LockState) => book.update((all) => all.map((account) => (account.id === id ? { ...account, lock } : account)));

  /** Why `password` does not open `account` (a running lock, or a wrong password counted toward it), or null when it does. */
  async function passwordRefusal(account: StoredAccount, password: string): Promise<{ message: string; locked: boolean } | null> {
    const now = clock();
    const minutes = lockMinutesLeft(account.lock, now);
    if (minutes !== null) return { message: lockedMessage(account.name, minutes), locked: true };
    if (await passwordMatches(password, account.password)) return null;
    const lock = afterWrongPassword(account.lock, now);
    await setLock(account.id, lock);
    const locked = lockMinutesLeft(lock, now);
    return locked === null ? { message: wrongPasswordMessage(lock), locked: false } : { message: lockedMessage(account.name, locked), locked: true };
  }

  return {
    list: async () => live(await book.read()).map((account) => (lockMinutesLeft(account.lock, clock()) === null
      ? summaryOf(account) : { ...summaryOf(account), lockedUntil: account.lock.lockedUntil })),
    anyAccount: async () => live(await book.read()).length > 0,
    async createFirstAdmin(input) {
      const made = await make({ ...input, role: 'admin' }, (accounts) => (accounts.length > 0 ? '本机已有账户，请登录后由管理员添加新账户。' : null), false);
      if (made.ok) session = made.account;
      notify();
      return made;
    },
    add: (input) => make(input, () => adminRefusal('添加账户'), true),
    async remove(id) {
      const refusal = adminRefusal('删除账户');
      if (refusal) return failed(refusal);
      if (id === session?.id) return failed('不能删除正在使用的账户。');
      const accounts = live(await book.read());
      const target = accounts.find((account) => account.id === id);
      if (!target) return failed('该账户不存在或已删除。');
      if (target.role === 'admin' && !accounts.some((account) => account.role === 'admin' && account.id !== id)) {
        return failed('不能删除最后一个管理员账户：本机至少要有一个管理员。');
      }
      await book.update((all) => all.map((account) => (account.id === id ? { ...account, removedAt: clock().toISOString() } : account)));
      notify();
      return { ok: true, account: summaryOf(target) };
    },
    async resetPassword(id, password, confirm) {
      const refusal = adminRefusal('重设密码');
      if (refusal) return failed(refusal);
      const problems = passwordProblems(password, confirm);
      if (Object.keys(problems).length > 0) return failed('请按提示修改后再保存。', problems);
      const target = live(await book.read()).find((account) => account.id === id);
      if (!target) return failed('该账户不存在或已删除。');
      const hashed = await hashPassword(password, iterations);
      await book.update((all) => all.map((account) => (account.id === id ? { ...account, password: hashed, lock: unlocked, ...CHOSEN_BY_ADMIN } : account)));
      return { ok: true, account: summaryOf(target) };
    },
    async changeOwnPassword(current, password, confirm) {
      if (!session) return failed('请先登录。');
      const signedIn = session;
      const account = live(await book.read()).find((each) => each.id === signedIn.id);
      if (!account) return failed('该账户不存在或已删除。');
      // Counted as at sign-in: a PC left signed in is no way round the lock, and a lock signs the person out.
      const refused = await passwordRefusal(account, current);
      if (refused) {
        if (refused.locked) {
          session = null;
          notify();
        }
        return failed(refused.locked ? refused.message : `当前${refused.message}`);
      }
      const problems: InputProblems = passwordProblems(password, confirm);
      if (!problems.password && password === current) problems.password = '新密码不能与当前密码相同';
      if (Object.keys(problems).length > 0) return failed('请按提示修改后再保存。', problems);
      const hashed = await hashPassword(password, iterations);
      await book.update((all) => all.map((each) => (each.id === account.id ? { ...each, password: hashed, lock: unlocked, mustChangePassword: undefined } : each)));
      session = summaryOf({ ...account, mustChangePassword: undefined });
      notify();
      return { ok: true, account: session };
    },
    async signIn(id, password) {
      const account = live(await book.read()).find((each) => each.id === id);
      if (!account) return failed('请选择账户。');
      const refused = await passwordRefusal(account, password);
      if (refused) return failed(refused.message);
      if (account.lock.failures > 0 || account.lock.locks > 0) await setLock(id, unlocked);
      session = summaryOf(account);
      notify();
      return { ok: true, account: session };
    },
    signOut() {
      session = null;
      notify();
    },
    current: () => session,
    signedIn: () => session,
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
