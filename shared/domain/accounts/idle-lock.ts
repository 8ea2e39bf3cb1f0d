// How long a PC may stand unused before the screen locks (issue 11, decision 031): the 管理员 sets it in
// 账户管理; the settings store refuses any other value, whoever asks.
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 120;

/** Why `minutes` cannot be the idle lock time, in Chinese, or null. */
export function idleLockProblem(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
    return `空闲锁定时间请填写 ${MIN_IDLE_LOCK_MINUTES} 到 ${MAX_IDLE_LOCK_MINUTES} 之间的整数（分钟）`;
  }
  return null;
}
