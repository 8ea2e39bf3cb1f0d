// An honest in-memory AppStore for component tests and UI previews: it keeps records, history,
// settings and reference data in Maps and follows the contract (keyset paging, recycle bin,
// history with changed fields). It is not a mock: every save goes through the store's own pure parts —
// the real rules and rule context, record assembly (derived fields, stage, score), case numbering and
// history diff — only without IndexedDB. memory-store.agreement.test.ts holds it to the RxDB store.
import { v7 as uuidv7 } from 'uuid';
import { caseNumberOf, type CaseNumber } from '#shared/domain/case-number';
import type { Draft } from '#shared/domain/draft';
import { listDateOf, type ListDateSource } from '#shared/domain/by-kind/list-date';
import { keyRangeForDates } from '#shared/domain/by-kind/newest-first-key';
import { searchMatches } from './memory-search';
import type { DomainIssue } from '#shared/domain/issue';
import { hasErrors } from '#shared/domain/issue';
import { acknowledgementChange, acknowledgementCheck } from '#shared/domain/rules/acknowledgement';
import { certifiedOfficers } from '#shared/domain/deadlines/certificate-validity';
import type { YearCounts } from '#shared/domain/figures/year-figures';
import { statisticsParts, type StatisticsRecords } from '#shared/domain/statistics/statistics-source';
import { describeKind, statisticsKindOf } from '#shared/domain/kinds/index';
import { studyFactsOf, studyFigures } from '#shared/domain/statistics/study-statistics';
import type { LedgerKind, LedgerRecord, LedgerRecordByKind, Officer, RecordHistory, ReferenceData, StudySession } from '#shared/domain/schemas/index';
import type { Actor, AppStore, CountQuery, DeviceSettings, ListPage, ListQuery, SaveResult } from '../../store/contract';
import { domainRules } from '../../store/domain-rules';
import { memoryAccountBook } from '../../store/account-book';
import { guardLedger, guardReference, guardSettings } from '../../store/account-guard';
import { createAccountStore } from '../../store/account-store';
import { diffRecords, type HistoryChange } from '../../store/history-diff';
import { historyEntry } from '../../store/history-log';
import { createIdNumberHasher } from '../../store/id-number-hash';
import { todayOf, writerIssues } from '../../store/ledger-context';
import { draftOnly } from '../../store/managed-fields';
import { listYear, numberingRequest } from '../../store/numbering-request';
import { createdRecord, editedRecord } from '../../store/record-assembly';
import { schemaIssue } from '../../store/record-schema';
import { unknownReviewedCase, type ReviewedCase } from '../../store/reviewed-case';
import { readRuleContext } from '../../store/rule-context';
import type { NumberedKind, StoreRules } from '../../store/rules';

export interface MemoryStoreOptions {
  settings?: Partial<DeviceSettings>;
  reference?: ReferenceData[];
  /** The rules that refuse a write: the real ones (domainRules) unless a test stands in for them. */
  rules?: StoreRules;
  clock?: () => Date;
  persisted?: boolean;
  /** PBKDF2 iterations of the accounts' passwords (few, so component tests stay quick). */
  passwordIterations?: number;
}

type Row = LedgerRecord & Record<string, unknown>;

/** The ID-number hash key of every in-memory store: hashes are compared, never shown. */
const MEMORY_DATA_KEY = 'bWVtb3J5LXN0b3JlLWRhdGEta2V5LTMyLWJ5dGVzLWxvbmch';

const isNumbered = (kind: LedgerKind): kind is NumberedKind => kind === 'mediationCase' || kind === 'enforcementCase';
const refused = <K extends LedgerKind>(issues: DomainIssue[]): SaveResult<K> => ({ ok: false, issues });
const notFound = (id: string) => new Error(`RECORD_NOT_FOUND: 找不到这条记录（${id}）`);

export function createMemoryStore(options: MemoryStoreOptions = {}): AppStore {
  const rules = options.rules ?? domainRules;
  const clock = options.clock ?? (() => new Date());
  const hash = createIdNumberHasher(MEMORY_DATA_KEY);
  const records = new Map<LedgerKind, Map<string, Row>>();
  const history: RecordHistory[] = [];
  const watchers = new Map<LedgerKind, Set<() => void>>();
  const changed = (kind: LedgerKind) => queueMicrotask(() => watchers.get(kind)?.forEach((listener) => listener()));
  const reference = new Map((options.reference ?? []).map((entry) => [entry.id, entry]));
  const referenceWatchers = new Set<() => void>();
  const referenceChanged = () => queueMicrotask(() => referenceWatchers.forEach((listener) => listener()));
  /** Last number handed out per (township, kind, year), like the device counter of case-numbers.ts. */
  const counters = new Map<string, number>();
  let settings: DeviceSettings = { deviceId: uuidv7(), operatorName: '', townshipId: '', role: 'township', ...options.settings };
  const table = (kind: LedgerKind): Map<string, Row> => {
    let rows = records.get(kind);
    if (!rows) records.set(kind, (rows = new Map<string, Row>()));
    return rows;
  };
  const live = (kind: LedgerKind): Row[] => [...table(kind).values()].filter((row) => !row.trashed);
  const clone = <T>(value: T): T => structuredClone(value);

  const referenceStore: AppStore['reference'] = {
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
  };

  const ruleContext = () => readRuleContext(referenceStore, () => Promise.resolve(clone(live('officer')) as unknown as Officer[]), todayOf(clock));

  function log(kind: LedgerKind, row: Row, actor: Actor, action: RecordHistory['action'], changes: HistoryChange[]): void {
    history.push(historyEntry({ recordId: row.id, recordKind: kind, townshipId: row.townshipId, at: clock().toISOString(), actor, action, changes }));
  }

  /** The case a review reviews, as it is now: its number and its township, which the review belongs to. */
  function reviewedCaseOf(draft: Draft<'caseReview'>): ReviewedCase | DomainIssue {
    const reviewed = table('enforcementCase').get(draft.enforcementCaseId);
    return reviewed ? { caseNumber: String(reviewed.caseNumber), townshipId: String(reviewed.townshipId) } : unknownReviewedCase(draft.enforcementCaseId);
  }

  /** The number a new record carries, as the store's device counter would hand it out. */
  async function numberOf<K extends LedgerKind>(kind: K, draft: Draft<K>, townshipId: string): Promise<Partial<CaseNumber> | DomainIssue> {
    if (!isNumbered(kind)) return {};
    const request = await numberingRequest(referenceStore, kind, townshipId, listYear(kind, draft), 1);
    if (!('townshipShortName' in request)) return request;
    const series = `${townshipId}:${kind}:${request.year}`;
    const seq = (counters.get(series) ?? 0) + 1;
    counters.set(series, seq);
    return caseNumberOf({ kind, year: request.year, townshipShortName: request.townshipShortName, seq });
  }

  async function save<K extends LedgerKind>(kind: K, input: Draft<K>, actor: Actor, existing?: Row): Promise<SaveResult<K>> {
    const draft = draftOnly(input);
    const writerTownship = existing?.townshipId ?? settings.townshipId;
    const writer = writerIssues(writerTownship, actor);
    if (writer.length > 0) return refused(writer);
    const issues = rules.validate(kind, draft, await ruleContext(), existing?.id);
    if (hasErrors(issues)) return refused(issues);
    // A review takes its case's number and township as they are now; an edit keeps any other record's number.
    const reviewed = kind === 'caseReview' ? reviewedCaseOf(draft as unknown as Draft<'caseReview'>) : undefined;
    if (reviewed && 'code' in reviewed) return refused([reviewed]);
    const townshipId = reviewed?.townshipId ?? writerTownship;
    const number: Partial<CaseNumber> | DomainIssue = reviewed ? { caseNumber: reviewed.caseNumber } : existing ? {} : await numberOf(kind, draft, townshipId);
    if ('code' in number) return refused([number]);
    const now = clock().toISOString();
    let row: Row;
    if (existing) {
      row = editedRecord(kind, draft, existing, { now, actor, reviewedCase: reviewed }, hash) as Row;
      const changes = diffRecords(existing, row);
      if (changes.length === 0) return { ok: true, record: clone(existing) as unknown as LedgerRecordByKind[K], warnings: warningsOf(issues) };
      const invalid = schemaIssue(kind, row);
      if (invalid) return refused([invalid]);
      log(kind, row, actor, 'update', changes);
    } else {
      row = createdRecord(kind, draft, { id: uuidv7(), townshipId, now, actor, number }, hash);
      const invalid = schemaIssue(kind, row);
      if (invalid) return refused([invalid]);
      log(kind, row, actor, 'create', []);
    }
    table(kind).set(row.id, row);
    changed(kind);
    return { ok: true, record: clone(row) as unknown as LedgerRecordByKind[K], warnings: warningsOf(issues) };
  }

  function setTrashed(kind: LedgerKind, id: string, actor: Actor, trashed: boolean): Promise<void> {
    const row = table(kind).get(id);
    if (!row) return Promise.reject(notFound(id));
    if (row.trashed === trashed) return Promise.resolve();
    row.trashed = trashed;
    row.updatedAt = clock().toISOString();
    row.updatedBy = clone(actor);
    log(kind, row, actor, trashed ? 'delete' : 'restore', [{ field: 'trashed', before: String(!trashed), after: String(trashed) }]);
    changed(kind);
    return Promise.resolve();
  }

  /** The records a list's filters select, in list order (newestFirstKey ascending), and whether a search looked at all. */
  function matchingRows<K extends LedgerKind>(kind: K, query: CountQuery): { matching: LedgerRecordByKind[K][]; counted: boolean } {
    const range = keyRangeForDates(kind, query.from, query.to);
    const inBin = [...table(kind).values()].filter((row) => row.trashed === (query.trashed ?? false)) as unknown as LedgerRecordByKind[K][];
    const found = query.search?.trim() ? searchMatches(kind, inBin, query.search) : { rows: inBin, counted: true };
    const matching = found.rows
      .filter((row) => !query.filter || String((row as unknown as Record<string, unknown>)[query.filter.field]) === query.filter.value)
      .filter((row) => (range.$gte === undefined || row.newestFirstKey >= range.$gte) && (range.$lte === undefined || row.newestFirstKey <= range.$lte))
      .sort((a, b) => (a.newestFirstKey < b.newestFirstKey ? -1 : 1));
    return { matching, counted: found.counted };
  }

  /** Keyset paging on newestFirstKey ascending, as list-query.ts plans it for RxDB. */
  function list<K extends LedgerKind>(kind: K, query: ListQuery): ListPage<K> {
    const { matching, counted } = matchingRows(kind, query);
    const rest = query.after === undefined ? matching : matching.filter((row) => row.newestFirstKey > query.after!);
    const rows = rest.slice(0, query.pageSize);
    const last = rows.at(-1);
    const page: ListPage<K> = { rows: clone(rows) };
    // As the store: a search says how many it found when it looked at all; a plain list is counted apart.
    if (query.search?.trim() && counted && !query.filter) page.total = matching.length;
    if (rest.length > query.pageSize && last) page.nextCursor = last.newestFirstKey;
    return page;
  }

  const tally = (values: string[]): Record<string, number> => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

  function yearCounts(year: number): YearCounts {
    const inYear = (kind: LedgerKind) => live(kind).filter((row) => listDateOf(kind, row as unknown as ListDateSource[typeof kind]).startsWith(`${year}-`));
    const mediation = inYear('mediationCase');
    const studyCounts = studyFigures(inYear('studySession').map((row) => studyFactsOf(row as unknown as StudySession)));
    const today = todayOf(clock);
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
      lawsStudiedBeforeMeetings: studyCounts.lawsStudiedBeforeMeetings,
      officerTrainings: studyCounts.byKind.officerTraining ?? 0,
      publicLegalEducation: studyCounts.publicLegalEducation,
      caseReviews: inYear('caseReview').length,
      officers: certifiedOfficers(live('officer') as unknown as Officer[], today),
    };
  }

  // The same facts the RxDB store keeps, through the kinds' own projections.
  function statisticsRecords(from: string, to: string): StatisticsRecords {
    const factsOf = <K extends LedgerKind>(kind: K): unknown[] => {
      const source = describeKind(kind).statistics;
      if (!source) return [];
      const rows = live(kind).filter((row) => {
        const date = listDateOf(kind, row as unknown as ListDateSource[K]);
        return !source.ofPeriod || (date >= from && date <= to);
      });
      return rows.map((row) => source.facts(clone(row) as unknown as LedgerRecordByKind[K]));
    };
    return Object.fromEntries(statisticsParts.map((part) => [part, factsOf(statisticsKindOf(part))])) as unknown as StatisticsRecords;
  }

  const hashesOf = (row: Row): unknown[] => (row.partyIdHashes as string[] | undefined) ?? [row.idNumberHash];

  const accounts = createAccountStore(memoryAccountBook(), clock, options.passwordIterations ?? 1_000);
  const unguarded: Omit<AppStore, 'accounts'> = {
    persisted: options.persisted ?? true,
    clock,
    ledger: {
      create: (kind, draft, actor) => save(kind, draft, actor),
      update(kind, id, draft, actor) {
        const existing = table(kind).get(id);
        if (!existing) return Promise.resolve(refused([{ code: 'RECORD_NOT_FOUND', message: '要修改的记录不存在，可能已被删除', severity: 'error' }]));
        return save(kind, draft, actor, existing);
      },
      get: (kind, id) => Promise.resolve(clone(table(kind).get(id) ?? null) as never),
      list: (kind, query) => Promise.resolve(list(kind, query)),
      count: (kind, query) => Promise.resolve(query.search?.trim() ? undefined : matchingRows(kind, query).matching.length),
      trash: (kind, id, actor) => setTrashed(kind, id, actor, true),
      restore: (kind, id, actor) => setTrashed(kind, id, actor, false),
      // Newest first, as the store reads 修改记录.
      history: (recordId) => Promise.resolve(clone(history.filter((entry) => entry.recordId === recordId)).reverse()),
      async acknowledge(kind, id, warning, reason, actor) {
        const row = table(kind).get(id);
        if (!row || row.trashed) return { ok: false, issues: [{ code: 'RECORD_NOT_FOUND', message: '记录不存在或已在回收站中', severity: 'error' }] };
        const writer = writerIssues(row.townshipId, actor);
        if (writer.length > 0) return { ok: false, issues: writer };
        const checked = acknowledgementCheck(rules.validate(kind, draftOnly(row as never), await ruleContext(), id), warning, reason);
        if (!checked.ok) return checked;
        log(kind, row, actor, 'update', [acknowledgementChange(checked.warning, reason)]);
        return { ok: true };
      },
      findByIdNumber(kind, idNumber) {
        const digest = idNumber.trim() ? hash(idNumber) : undefined;
        const found = live(kind).filter((row) => digest !== undefined && hashesOf(row).includes(digest));
        return Promise.resolve(clone(found.sort((a, b) => (a.newestFirstKey < b.newestFirstKey ? -1 : 1))) as never);
      },
      watch(kind, listener) {
        const set = watchers.get(kind) ?? new Set();
        watchers.set(kind, set.add(listener));
        return () => set.delete(listener);
      },
      async createMany(kind, drafts, actor) {
        const rejected: { index: number; issues: DomainIssue[] }[] = [];
        for (const [index, draft] of drafts.entries()) {
          const result = await save(kind, draft, actor);
          if (!result.ok) rejected.push({ index, issues: result.issues });
        }
        return { saved: drafts.length - rejected.length, rejected };
      },
    },
    reference: referenceStore,
    settings: {
      get: () => Promise.resolve(clone(settings)),
      save(patch) {
        settings = { ...settings, ...patch };
        return Promise.resolve(clone(settings));
      },
    },
    yearCounts: (year) => Promise.resolve(yearCounts(year)),
    statisticsRecords: (from, to) => Promise.resolve(statisticsRecords(from, to)),
    close: () => Promise.resolve(),
  };
  return { ...unguarded, accounts, ledger: guardLedger(unguarded.ledger, accounts), reference: guardReference(unguarded.reference, accounts),
    settings: guardSettings(unguarded.settings, accounts) };
}

const warningsOf = (issues: DomainIssue[]): DomainIssue[] => issues.filter((issue) => issue.severity === 'warning');
