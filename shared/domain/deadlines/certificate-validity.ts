// 持证上岗: whether an officer's 执法证 lets them act on a day, the one definition the dashboard's 持证率, the
// county's per-township 持证率, the officer rules and the lists' 有效 / 已过期 chips read.
import type { Officer } from '../schemas/officer';

/** A certificate is valid through its 有效期至 day inclusive: it lapses the day after. */
export const certificateValidOn = (expiresOn: string, day: string): boolean => expiresOn >= day;

/** Officers the plan's 持证率 counts (在岗 only) and, of them, those whose certificate is valid on `day`. */
export function certifiedOfficers(officers: readonly Pick<Officer, 'status' | 'certificateExpiresOn'>[], day: string): { active: number; certifiedValid: number } {
  const active = officers.filter((officer) => officer.status === 'active');
  return { active: active.length, certifiedValid: active.filter((officer) => certificateValidOn(officer.certificateExpiresOn, day)).length };
}
