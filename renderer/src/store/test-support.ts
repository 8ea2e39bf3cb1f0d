// For the store's tests only (never imported by the app, so dev-mode stays out of the bundle):
// a store on fake-indexeddb with RxDB dev-mode checks, simple explicit rules, and draft builders.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/issue';
import type { LedgerKind, ReferenceData } from '#shared/domain/schemas/index';
import type { Actor } from './contract';
import { openStore, type OpenedStore, type StoreOptions } from './open-store';
import type { StoreRules } from './rules';

disableWarnings();
addRxPlugin(RxDBDevModePlugin);

export const DATA_KEY = 'dGVzdC1kYXRhLWtleS0zMi1ieXRlcy1sb25nLWVub3VnaCE=';
export const actor: Actor = { person: '王经办', deviceId: 'device-test' };
export const fixedClock = () => new Date('2026-06-15T04:00:00.000Z');

let dbCounter = 0;
export const freshName = (label: string) => `t${Date.now().toString(36)}${(dbCounter += 1)}${label}`;

/** Explicit stand-ins for the refusing rules of shared/domain/rules: nothing is refused unless a test says so.
 *  Derived fields (stage, score, case number) are never stood in for: the store computes them with the shared functions. */
export function fakeRules(validate?: (kind: LedgerKind, draft: Draft<LedgerKind>) => DomainIssue[]): StoreRules {
  return {
    validate: (kind, draft) => validate?.(kind, draft) ?? [],
  };
}

export const testReference: ReferenceData[] = [
  {
    id: 'township:suibin', kind: 'township', code: 'suibin', name: '绥滨镇', sortOrder: 0, active: true,
    details: { shortName: '绥滨' }, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: { person: '系统', deviceId: 'defaults' },
  },
  {
    id: 'township:zhongren', kind: 'township', code: 'zhongren', name: '忠仁镇', sortOrder: 10, active: true,
    details: { shortName: '忠仁' }, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: { person: '系统', deviceId: 'defaults' },
  },
];

export type TestStoreOptions = Partial<StoreOptions> & { township?: string | null };

/** A store on a fresh fake-indexeddb database, set up for township 'suibin' unless told otherwise; its search index is settled. */
export async function openTestStore(options: TestStoreOptions = {}): Promise<OpenedStore> {
  const { township = 'suibin', ...rest } = options;
  const store = await openStore({
    name: freshName('store'),
    dataKey: DATA_KEY,
    rules: fakeRules(),
    indexedDb: { indexedDB, IDBKeyRange },
    clock: fixedClock,
    referenceDefaults: testReference,
    requestPersistence: () => Promise.resolve(false),
    multiInstance: false,
    ...rest,
  });
  await store.searchIndex.settled;
  if (township) await store.settings.save({ townshipId: township, operatorName: actor.person });
  return store;
}

export function mediationDraft(overrides: Partial<Draft<'mediationCase'>> = {}): Draft<'mediationCase'> {
  return {
    committee: '绥滨镇人民调解委员会',
    source: 'application',
    receivedOn: '2026-05-10',
    disputeType: 'neighbour',
    summary: '相邻通行纠纷',
    parties: [
      { partyId: 'p1', role: 'applicant', kind: 'person', name: '张三' },
      { partyId: 'p2', role: 'respondent', kind: 'person', name: '李四' },
    ],
    personal: { parties: [{ partyId: 'p1', idNumber: '23042219800101001X', phone: '13912345678', address: '绥滨镇光明村' }, { partyId: 'p2' }] },
    mediators: ['赵调解'],
    status: 'accepted',
    sessions: [],
    returnVisits: [],
    attachments: [],
    ...overrides,
  };
}

export function studyDraft(overrides: Partial<Draft<'studySession'>> = {}): Draft<'studySession'> {
  return {
    heldOn: '2026-03-02', kind: 'preMeeting', organiser: '党政办', topic: '学习行政处罚法', lawIds: ['law:xingzheng-chufa-fa'],
    lecturer: '钱讲师', hours: 1, participants: [{ name: '孙参会' }], attachments: [], ...overrides,
  };
}

export function enforcementDraft(overrides: Partial<Draft<'enforcementCase'>> = {}): Draft<'enforcementCase'> {
  return {
    category: 'penalty', procedure: 'ordinary', matter: '未经许可占道经营', party: { kind: 'person', name: '周五' },
    personal: { idNumber: '230422199002020024', phone: '13800001111' }, officerIds: ['o1', 'o2'],
    stages: { filedOn: '2026-04-01', investigatedOn: '2026-04-03' }, legalBasis: '《城市道路管理条例》第二十七条', major: false,
    recordings: [], attachments: [], ...overrides,
  };
}

export function officerDraft(overrides: Partial<Draft<'officer'>> = {}): Draft<'officer'> {
  return {
    name: '吴执法', unit: '绥滨镇综合行政执法办公室', certificateNumber: '23000001', certificateIssuedOn: '2024-01-01',
    certificateExpiresOn: '2027-12-31', status: 'active', personal: { idNumber: '230422198505050037', phone: '13700002222' }, ...overrides,
  };
}

export function caseReviewDraft(overrides: Partial<Draft<'caseReview'>> = {}): Draft<'caseReview'> {
  return {
    enforcementCaseId: 'e1', reviewedUnit: '绥滨镇综合行政执法办公室', reviewedOn: '2026-05-20',
    reviewer: '郑评查', vetoItems: [], formScore: 18, contentScore: 70, findings: '卷宗完整', ...overrides,
  };
}

/** Unwraps a SaveResult in tests, failing loudly with the issues when the store refused. */
export function expectSaved<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`store refused: ${JSON.stringify((result as { issues?: unknown }).issues)}`);
  return result as Extract<T, { ok: true }>;
}

const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
});

/** Every row of every object store of the IndexedDB databases (all of them, or those whose name includes `only`), as one text: what someone holding the disk would read (R7). */
export async function dumpAllIndexedDb(only?: string): Promise<{ text: string; stores: number; names: string[] }> {
  const databases = (await indexedDB.databases()).filter((db) => only === undefined || db.name?.includes(only));
  const parts: string[] = [];
  let stores = 0;
  for (const { name } of databases) {
    if (!name) continue;
    const database = await request(indexedDB.open(name));
    for (const storeName of Array.from(database.objectStoreNames)) {
      stores += 1;
      const rows = await request(database.transaction(storeName, 'readonly').objectStore(storeName).getAll());
      parts.push(JSON.stringify(rows));
    }
    database.close();
  }
  return { text: parts.join('\n'), stores, names: databases.map((d) => d.name ?? '') };
}
