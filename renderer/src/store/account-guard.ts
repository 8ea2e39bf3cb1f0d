// The store's own check of who may write (decision 031): once a PC has accounts, every change needs a
// signed-in person whose role may make it, and is attributed to that person whatever name the caller
// passed. A PC without any account yet (before the first 管理员 is made) is not guarded: the app lets
// nobody past its first screen until one exists.
import { describeKind } from '#shared/domain/kinds/index';
import { idleLockProblem } from '#shared/domain/accounts/idle-lock';
import { mayEditReference, mayManageAccounts, mayWrite, refusalOf } from '#shared/domain/accounts/roles';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { AccountSummary } from './account-contract';
import type { Actor, LedgerBulk, LedgerStore, ReferenceStore, SettingsStore } from './contract';

export interface Session {
  signedIn(): AccountSummary | null;
  anyAccount(): Promise<boolean>;
}

/** Why `kind` may not be written now, or null; the actor the write is attributed to. */
async function check(session: Session, kind: LedgerKind, actor: Actor): Promise<{ refusal: string | null; actor: Actor }> {
  if (!(await session.anyAccount())) return { refusal: null, actor };
  const person = session.signedIn();
  if (!person) return { refusal: '请先登录后再修改记录。', actor };
  if (!mayWrite(person.role, kind)) return { refusal: refusalOf(person.role, `修改${describeKind(kind).label}`), actor };
  return { refusal: null, actor: { ...actor, person: person.name } };
}

const issueOf = (message: string): DomainIssue[] => [{ code: 'ACCOUNT_NOT_PERMITTED', message, severity: 'error' }];

export function guardLedger(ledger: LedgerStore & LedgerBulk, session: Session): LedgerStore & LedgerBulk {
  const orThrow = async (kind: LedgerKind, actor: Actor): Promise<Actor> => {
    const checked = await check(session, kind, actor);
    if (checked.refusal) throw new Error(`ACCOUNT_NOT_PERMITTED: ${checked.refusal}`);
    return checked.actor;
  };
  return {
    ...ledger,
    async create(kind, draft, actor) {
      const checked = await check(session, kind, actor);
      return checked.refusal ? { ok: false, issues: issueOf(checked.refusal) } : ledger.create(kind, draft, checked.actor);
    },
    async update(kind, id, draft, actor) {
      const checked = await check(session, kind, actor);
      return checked.refusal ? { ok: false, issues: issueOf(checked.refusal) } : ledger.update(kind, id, draft, checked.actor);
    },
    trash: async (kind, id, actor) => ledger.trash(kind, id, await orThrow(kind, actor)),
    restore: async (kind, id, actor) => ledger.restore(kind, id, await orThrow(kind, actor)),
    async acknowledge(kind, id, warning, reason, actor) {
      const checked = await check(session, kind, actor);
      return checked.refusal ? { ok: false, issues: issueOf(checked.refusal) } : ledger.acknowledge(kind, id, warning, reason, checked.actor);
    },
    createMany: async (kind, drafts, actor) => ledger.createMany(kind, drafts, await orThrow(kind, actor)),
  };
}

export function guardReference(reference: ReferenceStore, session: Session): ReferenceStore {
  return {
    ...reference,
    async upsert(entries) {
      const person = (await session.anyAccount()) ? session.signedIn() : null;
      if ((await session.anyAccount()) && (!person || !mayEditReference(person.role))) {
        throw new Error(`ACCOUNT_NOT_PERMITTED: ${person ? refusalOf(person.role, '修改基础数据') : '请先登录。'}`);
      }
      return reference.upsert(entries);
    },
  };
}


/** The idle lock time is the 管理员's to set (once the PC has accounts), and only to a sensible value. */
export function guardSettings(settings: SettingsStore, session: Session): SettingsStore {
  return {
    ...settings,
    async save(patch) {
      if (patch.idleLockMinutes !== undefined) {
        const problem = idleLockProblem(patch.idleLockMinutes);
        if (problem) throw new Error(`SETTINGS_IDLE_LOCK_INVALID: ${problem}`);
        const person = session.signedIn();
        if ((await session.anyAccount()) && (!person || !mayManageAccounts(person.role))) {
          throw new Error(`ACCOUNT_NOT_PERMITTED: ${person ? refusalOf(person.role, '修改空闲锁定时间') : '请先登录。'}`);
        }
      }
      return settings.save(patch);
    },
  };
}
