// Wrong passwords lock an account for a growing delay (issue 11): after 5 wrong tries in a row the account
// waits 1 minute, and each further lock doubles it up to an hour. A right password clears the count.
export const TRIES_BEFORE_LOCK = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

export interface LockState {
  /** Wrong passwords since the last right one or the last lock. */
  failures: number;
  /** How many times the account was locked since the last right password. */
  locks: number;
  /** ISO time until which no password is checked, when locked. */
  lockedUntil?: string;
}

export const unlocked: LockState = { failures: 0, locks: 0 };

/** The lock still running at `now`, in whole minutes left (at least 1), or null. */
export function lockMinutesLeft(state: LockState, now: Date): number | null {
  if (!state.lockedUntil) return null;
  const left = Date.parse(state.lockedUntil) - now.getTime();
  return left > 0 ? Math.max(1, Math.ceil(left / 60_000)) : null;
}

/** The state after a wrong password at `now`. */
export function afterWrongPassword(state: LockState, now: Date): LockState {
  const failures = state.failures + 1;
  if (failures < TRIES_BEFORE_LOCK) return { ...state, failures, lockedUntil: undefined };
  const ms = Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** state.locks);
  return { failures: 0, locks: state.locks + 1, lockedUntil: new Date(now.getTime() + ms).toISOString() };
}

export const lockedMessage = (name: string, minutes: number): string =>
  `密码连续输错 ${TRIES_BEFORE_LOCK} 次，账户“${name}”已锁定，请 ${minutes} 分钟后再试；忘记密码请找管理员重设。`;

export const wrongPasswordMessage = (state: LockState): string =>
  `密码不正确。再输错 ${TRIES_BEFORE_LOCK - state.failures} 次，账户将被暂时锁定。`;
