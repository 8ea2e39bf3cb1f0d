// [L1]–[L4] A save is whole or absent: a record, its search words and its 修改记录 entry. Every
// save kind is cut after each of its IndexedDB write transactions in turn (from that one on, no
// write reaches the disk: the page died), the store is reopened, and then every record has its
// history entry and search words, nothing belongs to a missing record, and a replay run twice
// changes nothing. The database is fake-indexeddb; the page-kill version runs in Chromium
// (test/e2e/save-faults.spec.ts).
import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { OpenedStore } from './open-store';
import { auditSaves } from './save-audit';
import { SAVE_JOURNAL_ID, replaySaveJournal } from './save-journal';
import { searchWordsOf } from './search-words';
import { actor, expectSaved, freshName, mediationDraft, officerDraft, openTestStore } from './test-support';

let store: OpenedStore | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await store?.close();
  store = undefined;
});

const original = (Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction') as { value: IDBDatabase['transaction'] }).value;

/** Counts write transactions; from the `failFrom`-th on (1-based), each is refused as by a dead page. */
function writeFaults() {
  let count = 0;
  let failFrom = Infinity;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, mode, options) {
    if (mode === 'readwrite') {
      count += 1;
      if (count >= failFrom) throw new DOMException('the page died (test)', 'InvalidStateError');
    }
    return original.call(this, names, mode, options);
  });
  return {
    start(from: number) {
      count = 0;
      failFrom = from;
    },
    get count() {
      return count;
    },
  };
}

/** A clock that moves on a second per call: each save has its own time, as in real use. */
function tickingClock() {
  let now = Date.parse('2026-06-15T04:00:00.000Z');
  return () => new Date((now += 1000));
}

interface Scenario {
  name: string;
  /** Records made before the save under test; returns what the save needs. */
  prepare(store: OpenedStore): Promise<string[]>;
  save(store: OpenedStore, ids: string[]): Promise<unknown>;
  kind: LedgerKind;
}

const scenarios: Scenario[] = [
  {
    name: 'create (numbered mediation case)',
    kind: 'mediationCase',
    prepare: () => Promise.resolve([]),
    save: (s) => s.ledger.create('mediationCase', mediationDraft(), actor),
  },
  {
    name: 'update',
    kind: 'mediationCase',
    prepare: async (s) => [expectSaved(await s.ledger.create('mediationCase', mediationDraft(), actor)).record.id],
    save: (s, [id]) => s.ledger.update('mediationCase', id!, mediationDraft({ status: 'mediating', parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: '王五' }] }), actor),
  },
  {
    name: 'trash',
    kind: 'officer',
    prepare: async (s) => [expectSaved(await s.ledger.create('officer', officerDraft(), actor)).record.id],
    save: (s, [id]) => s.ledger.trash('officer', id!, actor),
  },
  {
    name: 'createMany',
    kind: 'mediationCase',
    prepare: () => Promise.resolve([]),
    save: (s) => s.ledger.createMany('mediationCase', [mediationDraft(), mediationDraft({ summary: '宅基地纠纷' }), mediationDraft({ receivedOn: '2025-12-30' })], actor),
  },
];

async function openNamed(name: string): Promise<OpenedStore> {
  return openTestStore({ name, clock: tickingClock() });
}

/** Records, history and tokens as a comparable snapshot. */
async function snapshot(s: OpenedStore) {
  const db = s.database;
  const ids = async (rows: Promise<{ primary: string }[]>) => (await rows).map((doc) => doc.primary).sort();
  return {
    history: await ids(db.recordHistory.find().exec()),
    tokens: (await searchWordsOf(db).all()).flatMap((row) => row.keys.map((key) => `${row.id}|${key}`)).sort(),
    records: await ids(db.mediationCase.find().exec()),
  };
}

describe('[L1] a save cut after any of its writes is whole or absent after reopening', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: cut after each write`, async () => {
      const faults = writeFaults();
      // A clean run counts the save's write transactions.
      store = await openNamed(freshName('clean'));
      const cleanIds = await scenario.prepare(store);
      faults.start(Infinity);
      await scenario.save(store, cleanIds);
      const writes = faults.count;
      expect(writes).toBeGreaterThanOrEqual(3);
      await store.close();
      store = undefined;

      for (let cut = 1; cut <= writes; cut += 1) {
        const name = freshName(`cut${cut}`);
        store = await openNamed(name);
        const ids = await scenario.prepare(store);
        const before = await auditSaves(store.database);
        faults.start(cut);
        // The save fails somewhere (a refusal or a thrown error), as a page would if it died there.
        await Promise.resolve(scenario.save(store, ids)).catch(() => undefined);
        await store.close();
        faults.start(Infinity);

        store = await openNamed(name);
        const after = await auditSaves(store.database);
        expect(after.problems, `cut at write ${cut} of ${writes}`).toEqual([]);
        // Either nothing of the save is there, or all of it (one more history entry per record saved).
        expect(after.records - before.records, `cut at write ${cut}`).toBeGreaterThanOrEqual(0);
        const first = await snapshot(store);
        // [L3] Replaying again changes nothing.
        expect(await replaySaveJournal(store.database)).toEqual({ completed: 0, whole: 0, dropped: 0 });
        await store.close();
        store = await openNamed(name);
        expect(await snapshot(store)).toEqual(first);
        expect((await auditSaves(store.database)).problems).toEqual([]);
        await store.close();
        store = undefined;
      }
    });
  }
});

describe('[L2] the journal', () => {
  it('completes a save whose record was written but whose search words and history were not', async () => {
    const faults = writeFaults();
    const name = freshName('complete');
    store = await openNamed(name);
    // Count the writes of a create, then cut the next create right after its record write.
    faults.start(Infinity);
    expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
    const writes = faults.count;
    // The last two writes of a create are its search words and its history, side by side.
    faults.start(writes - 1);
    await store.ledger.create('mediationCase', mediationDraft({ summary: '被打断的保存' }), actor).catch(() => undefined);
    await store.close();
    faults.start(Infinity);

    store = await openNamed(name);
    const before = store;
    const interrupted = (await before.database.mediationCase.find({ selector: { summary: '被打断的保存' } }).exec())[0];
    expect(interrupted, 'the record write committed').toBeDefined();
    const history = await before.ledger.history(interrupted!.id);
    expect(history.map((entry) => entry.action)).toEqual(['create']);
    expect((await before.ledger.list('mediationCase', { search: interrupted!.caseNumber, pageSize: 50 })).rows.map((r) => r.id)).toContain(interrupted!.id);
  });

  it('keeps no entry once saves are done and the store is closed, and holds no personal value', async () => {
    const name = freshName('flush');
    store = await openNamed(name);
    const { record } = expectSaved(await store.ledger.create('officer', officerDraft(), actor));
    await store.ledger.update('officer', record.id, officerDraft({ personal: { idNumber: '230422198505050037', phone: '13099998888' } }), actor);
    const pending = (await store.database.getLocal<{ entries: Record<string, unknown> }>(SAVE_JOURNAL_ID))?.get('entries') as Record<string, unknown>;
    // The last save's entry waits for the next save or close to leave; it is a history entry as stored, no more.
    expect(JSON.stringify(pending)).not.toContain('13099998888');
    expect(JSON.stringify(pending)).toContain('（已加密，不记录内容）');
    await store.close();
    store = await openNamed(name);
    const left = (await store.database.getLocal<{ entries: Record<string, unknown> }>(SAVE_JOURNAL_ID))?.get('entries') as Record<string, unknown>;
    expect(Object.keys(left)).toEqual([]);
  });

  it('[L4] lets sync wait until the saves under way are whole', async () => {
    store = await openNamed(freshName('settled'));
    let settled = false;
    const saving = store.ledger.create('mediationCase', mediationDraft(), actor);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const waiting = store.saveJournal.settled().then(() => { settled = true; });
    const { record } = expectSaved(await saving);
    await waiting;
    expect(settled).toBe(true);
    expect((await store.ledger.history(record.id)).length).toBe(1);
  });
});
