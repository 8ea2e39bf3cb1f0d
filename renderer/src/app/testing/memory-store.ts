// An honest in-memory AppStore for component tests and UI previews: it keeps records, history,
// settings and reference data in Maps and follows the contract (keyset paging, recycle bin,
// history with changed fields). It is not a mock: every call does the real thing, only without IndexedDB.
import { v7 as uuidv7 } from 'uuid';
import type { Draft } from '#shared/domain/draft';
import type { DomainIssue } from '#shared/domain/rules/issue';
import { hasErrors } from '#shared/domain/rules/issue';
import { localDateOf } from '#shared/domain/calendar/dates';
import { acknowledgementChange, acknowledgementCheck } from '#shared/domain/rules/acknowledgement';
import type { YearCounts } from '#shared/domain/figures/year-figures';
import type { LedgerKind, LedgerRecord, LedgerRecordByKind, RecordHistory, ReferenceData } from '#shared/domain/schemas/index';
import type { Actor, AppStore, DeviceSettings, ListPage, ListQuery, SaveResult } from '../../store/contract';
import { changedPaths, derivedFields, listDateOf, searchTextOf } from './derived-fields';

export interface MemoryStoreOptions {
  settings?: Partial<DeviceSettings>;
  reference?: ReferenceData[];
  /** The rules the real store runs before writing; none by default. */
  validate?: (kind: LedgerKind, draft: unknown) => DomainIssue[];
  persisted?: boolean;
  clock?: () => Date;
}

type Row = LedgerRecord & Record<string, unknown>;
const UNTRACKED = new Set(['updatedAt', 'updatedBy', 'searchText', 'newestFirstKey', 'createdAt', 'createdBy']);

/** Newest first: list date descending, then id descending (ids are UUIDv7, so time-ordered). */
const sortKey = (kind: LedgerKind, row: Row): string => `${listDateOf(kind, row)}|${row.id}`;

export function createMemoryStore(options: MemoryStoreOptions = {}): AppStore {
  const clock = options.clock ?? (() => new Date());
  const records = new Map<LedgerKind, Map<string, Row>>();
  const history: RecordHistory[] = [];
  const watchers = new Map<LedgerKind, Set<() => void>>();
  const changed = (kind: LedgerKind) => queueMicrotask(() => watchers.get(kind)?.forEach((listener) => listener()));
  const reference = new Map((options.reference ?? []).map((entry) => [entry.id, entry]));
  const referenceWatchers = new Set<() => void>();
  const referenceChanged = () => queueMicrotask(() => referenceWatchers.forEach((listener) => listener()));
  const sequences = new Map<string, number>();
  let settings: DeviceSettings = { deviceId: uuidv7(), operatorName: '', townshipId: '', role: 'township', ...options.settings };
  const table = (kind: LedgerKind): Map<string, Row> => {
    let rows = records.get(kind);
    if (!rows) records.set(kind, (rows = new Map<string, Row>()));
    return rows;
  };
  const clone = <T>(value: T): T => structuredClone(value);

  function writeHistory(kind: LedgerKind, row: Row, actor: Actor, action: RecordHistory['action'], before?: Row): void {
    const paths = before ? changedPaths(before, row).filter((path) => !UNTRACKED.has(path.split('.')[0] ?? '')) : [];
    const valueAt = (source: Row | undefined, path: string): string | undefined => {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
      if (value === undefined) return undefined;
      return (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 2000);
    };
    const changes = paths.map((field) => field.startsWith('personal')
      ? { field } // personal data is noted as changed, never copied into history
      : { field, before: valueAt(before, field), after: valueAt(row, field) });
    history.push({
      id: uuidv7(), recordId: row.id, recordKind: kind, townshipId: row.townshipId, at: clock().toISOString(),
      actor: clone(actor), action, changes: changes.map((change) => Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as RecordHistory['changes'][number]),
    });
  }

  function save<K extends LedgerKind>(kind: K, draft: Draft<K>, actor: Actor, existing?: Row): SaveResult<K> {
    const issues = options.validate?.(kind, draft) ?? [];
    if (hasErrors(issues)) return { ok: false, issues };
    const now = clock().toISOString();
    let sequence: { year: number; seq: number } | null = null;
    if (!existing && (kind === 'mediationCase' || kind === 'enforcementCase')) {
      const year = Number(listDateOf(kind, draft).slice(0, 4)) || clock().getFullYear();
      const seq = (sequences.get(`${kind}:${year}`) ?? 0) + 1;
      sequences.set(`${kind}:${year}`, seq);
      sequence = { year, seq };
    }
    const keep = existing
      ? { caseNumber: existing.caseNumber, caseYear: existing.caseYear, caseSeq: existing.caseSeq }
      : {};
    const row = {
      ...clone(draft),
      ...derivedFields(kind, draft, sequence),
      ...Object.fromEntries(Object.entries(keep).filter(([, value]) => value !== undefined)),
      id: existing?.id ?? uuidv7(),
      townshipId: existing?.townshipId ?? settings.townshipId,
      createdAt: existing?.createdAt ?? now,
      createdBy: existing?.createdBy ?? clone(actor),
      updatedAt: now,
      updatedBy: clone(actor),
      trashed: existing?.trashed ?? false,
    } as unknown as Row;
    row.searchText = searchTextOf(kind, row);
    row.newestFirstKey = sortKey(kind, row);
    table(kind).set(row.id, row);
    writeHistory(kind, row, actor, existing ? 'update' : 'create', existing);
    changed(kind);
    return { ok: true, record: clone(row) as unknown as LedgerRecordByKind[K] };
  }

  function setTrashed(kind: LedgerKind, id: string, actor: Actor, trashed: boolean): Promise<void> {
    const row = table(kind).get(id);
    if (!row) return Promise.reject(new Error(`RECORD_NOT_FOUND: 找不到这条记录（${id}）`));
    const before = clone(row);
    row.trashed = trashed;
    row.updatedAt = clock().toISOString();
    row.updatedBy = clone(actor);
    writeHistory(kind, row, actor, trashed ? 'delete' : 'restore', before);
    changed(kind);
    return Promise.resolve();
  }

  function list<K extends LedgerKind>(kind: K, query: ListQuery): ListPage<K> {
    const search = query.search?.trim().toLowerCase();
    const matching = [...table(kind).values()]
      .filter((row) => row.trashed === (query.trashed ?? false))
      .filter((row) => !search || row.searchText.includes(search))
      .filter((row) => !query.filter || String(row[query.filter.field]) === query.filter.value)
      .filter((row) => !query.from || listDateOf(kind, row) >= query.from)
      .filter((row) => !query.to || listDateOf(kind, row) <= query.to)
      .sort((a, b) => (sortKey(kind, b) < sortKey(kind, a) ? -1 : 1));
    const start = query.after ? matching.findIndex((row) => sortKey(kind, row) < query.after!) : 0;
    const rows = start < 0 ? [] : matching.slice(start, start + query.pageSize);
    const last = rows.at(-1);
    const more = start >= 0 && start + query.pageSize < matching.length;
    return { rows: clone(rows) as unknown as LedgerRecordByKind[K][], nextCursor: more && last ? sortKey(kind, last) : undefined, total: matching.length };
  }

  const tally = (values: string[]): Record<string, number> => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

  function yearCounts(year: number): YearCounts {
    const inYear = (date: unknown) => typeof date === 'string' && date.startsWith(`${year}-`);
    const live = (kind: LedgerKind) => [...table(kind).values()].filter((row) => !row.trashed);
    const mediation = live('mediationCase').filter((row) => inYear(row.receivedOn));
    const study = live('studySession').filter((row) => inYear(row.heldOn));
    const today = localDateOf(clock());
    const officers = live('officer').filter((row) => row.status === 'active');
    return {
      year,
      mediation: {
        received: mediation.length,
        succeeded: mediation.filter((row) => row.status === 'succeeded').length,
        failed: mediation.filter((row) => row.status === 'failed').length,
        terminated: mediation.filter((row) => row.status === 'terminated').length,
        byDisputeType: tally(mediation.map((row) => String(row.disputeType))),
        bySource: tally(mediation.map((row) => String(row.source))),
      },
      lawsStudiedBeforeMeetings: new Set(study.filter((row) => row.kind === 'preMeeting').flatMap((row) => row.lawIds as string[])).size,
      officerTrainings: study.filter((row) => row.kind === 'officerTraining').length,
      caseReviews: live('caseReview').filter((row) => inYear(row.reviewedOn)).length,
      officers: { active: officers.length, certifiedValid: officers.filter((row) => String(row.certificateExpiresOn) >= today).length },
    };
  }

  return {
    persisted: options.persisted ?? true,
    clock,
    ledger: {
      create: (kind, draft, actor) => Promise.resolve(save(kind, draft, actor)),
      update(kind, id, draft, actor) {
        const existing = table(kind).get(id);
        if (!existing) return Promise.reject(new Error(`RECORD_NOT_FOUND: 找不到这条记录（${id}）`));
        return Promise.resolve(save(kind, draft, actor, existing));
      },
      get: (kind, id) => Promise.resolve(clone(table(kind).get(id) ?? null) as never),
      list: (kind, query) => Promise.resolve(list(kind, query)),
      trash: (kind, id, actor) => setTrashed(kind, id, actor, true),
      restore: (kind, id, actor) => setTrashed(kind, id, actor, false),
      history: (recordId) => Promise.resolve(clone(history.filter((entry) => entry.recordId === recordId))),
      acknowledge(kind, id, warning, reason, actor) {
        const row = table(kind).get(id);
        const refused = (issues: DomainIssue[]) => Promise.resolve({ ok: false as const, issues });
        if (!row || row.trashed) return refused([{ code: 'RECORD_NOT_FOUND', message: '记录不存在或已在回收站中', severity: 'error' }]);
        const checked = acknowledgementCheck(options.validate?.(kind, row) ?? [], warning, reason);
        if (!checked.ok) return refused(checked.issues);
        history.push({
          id: uuidv7(), recordId: id, recordKind: kind, townshipId: row.townshipId, at: clock().toISOString(),
          actor: clone(actor), action: 'update', changes: [acknowledgementChange(checked.warning, reason)],
        });
        return Promise.resolve({ ok: true as const });
      },
      findByIdNumber(kind, idNumber) {
        const holds = (row: Row) => JSON.stringify(row.personal ?? {}).includes(`"idNumber":"${idNumber}"`);
        return Promise.resolve(clone([...table(kind).values()].filter(holds)) as never);
      },
      watch(kind, listener) {
        const set = watchers.get(kind) ?? new Set();
        watchers.set(kind, set.add(listener));
        return () => set.delete(listener);
      },
      createMany(kind, drafts, actor) {
        const rejected: { index: number; issues: DomainIssue[] }[] = [];
        drafts.forEach((draft, index) => {
          const result = save(kind, draft, actor);
          if (!result.ok) rejected.push({ index, issues: result.issues });
        });
        return Promise.resolve({ saved: drafts.length - rejected.length, rejected });
      },
    },
    reference: {
      list: (kind) => Promise.resolve(clone([...reference.values()].filter((entry) => entry.kind === kind).sort((a, b) => a.sortOrder - b.sortOrder))),
      get: (id) => Promise.resolve(clone(reference.get(id) ?? null)),
      upsert(entries) {
        if (settings.role !== 'county') return Promise.reject(new Error('REFERENCE_COUNTY_ONLY: 基础数据由县司法局维护，乡镇不能修改'));
        entries.forEach((entry) => reference.set(entry.id, clone(entry)));
        referenceChanged();
        return Promise.resolve();
      },
      watch(listener) {
        referenceWatchers.add(listener);
        return () => referenceWatchers.delete(listener);
      },
    },
    settings: {
      get: () => Promise.resolve(clone(settings)),
      save(patch) {
        settings = { ...settings, ...patch };
        return Promise.resolve(clone(settings));
      },
    },
    yearCounts: (year) => Promise.resolve(yearCounts(year)),
    close: () => Promise.resolve(),
  };
}
