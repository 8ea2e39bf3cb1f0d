// Where each ledger kind's pages live and what it is called, for links from the dashboard,
// the recycle bin and anything else that points at a record of any kind.
import type { LedgerKind } from '#shared/domain/schemas/index';

export const ledgerKindLabels: Record<LedgerKind, string> = {
  mediationCase: '人民调解',
  studySession: '学法记录',
  enforcementCase: '行政执法',
  officer: '执法人员',
  caseReview: '案卷评查',
};

const basePaths: Record<LedgerKind, string> = {
  mediationCase: '/mediation',
  studySession: '/study',
  enforcementCase: '/enforcement',
  officer: '/officers',
  caseReview: '/reviews',
};

export const listHref = (kind: LedgerKind): string => basePaths[kind];
export const recordHref = (kind: LedgerKind, id: string): string => `${basePaths[kind]}/${encodeURIComponent(id)}`;
export const editHref = (kind: LedgerKind, id: string): string => `${recordHref(kind, id)}/edit`;
export const newHref = (kind: LedgerKind): string => `${basePaths[kind]}/new`;
