// Who may do what on a township or county PC (issue 11, decision 031). The store enforces it on every
// write; the UI only hides what the store would refuse. 学法 is every official's, so mediators and
// enforcement staff both record sessions; only 管理员 manage accounts and the county's reference data.
import type { LedgerKind } from '../schemas/index';

export type AccountRole = 'admin' | 'mediator' | 'enforcer' | 'readonly';

export const accountRoles: readonly AccountRole[] = ['admin', 'mediator', 'enforcer', 'readonly'];

export const accountRoleLabels: Readonly<Record<AccountRole, string>> = {
  admin: '管理员', mediator: '调解员', enforcer: '执法人员', readonly: '只读',
};

/** What each role may write, besides reading everything of its township (管理员: everything). */
const writableKinds: Readonly<Record<AccountRole, readonly LedgerKind[]>> = {
  admin: ['mediationCase', 'studySession', 'enforcementCase', 'officer', 'caseReview'],
  mediator: ['mediationCase', 'studySession'],
  enforcer: ['enforcementCase', 'studySession', 'officer', 'caseReview'],
  readonly: [],
};

export const mayWrite = (role: AccountRole, kind: LedgerKind): boolean => writableKinds[role].includes(kind);

export const mayManageAccounts = (role: AccountRole): boolean => role === 'admin';

/** The county's reference data (calendar, targets, catalogues, templates): its 管理员 only. */
export const mayEditReference = (role: AccountRole): boolean => role === 'admin';

/** Why a write is refused, in words an official understands. */
export const refusalOf = (role: AccountRole, what: string): string =>
  `当前账户的角色是“${accountRoleLabels[role]}”，不能${what}。如需办理，请由管理员调整账户角色。`;
