// Personal data at rest: ID numbers and phones must exist only encrypted in IndexedDB — not in
// the record's other fields, not in the search text or search index, not in 修改记录, not in RxDB's own stores.
import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppStore } from './contract';
import { createIdNumberHasher } from './id-number-hash';
import {
  actor, DATA_KEY, dumpAllIndexedDb, enforcementDraft, expectSaved, mediationDraft, officerDraft, openTestStore,
} from './test-support';

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
  vi.restoreAllMocks();
});

const secrets = {
  partyId: '23042219800101001X', partyPhone: '13912345678', partyAddress: '绥滨镇光明村',
  officerId: '230422198505050037', officerPhone: '13700002222', officerNewPhone: '13099998888',
  enforcementId: '230422199002020024', enforcementPhone: '13800001111',
};

describe('personal data at rest', () => {
  it('never stores ID numbers, phones or addresses in plain text anywhere in IndexedDB', async () => {
    store = await openTestStore();
    const mediation = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    await store.ledger.update('mediationCase', mediation.id, mediationDraft({ status: 'mediating' }), actor);
    const officer = expectSaved(await store.ledger.create('officer', officerDraft(), actor)).record;
    await store.ledger.update('officer', officer.id, officerDraft({ personal: { idNumber: secrets.officerId, phone: secrets.officerNewPhone } }), actor);
    expectSaved(await store.ledger.create('enforcementCase', enforcementDraft(), actor));
    await store.ledger.createMany('mediationCase', [mediationDraft({ receivedOn: '2026-05-11' })], actor);

    const dump = await dumpAllIndexedDb();
    // The dump really holds the records (positive control), so an absent secret means encrypted.
    expect(dump.stores).toBeGreaterThan(10);
    expect(dump.text).toContain('张三');
    expect(dump.text).toContain('吴执法');
    // The search words' own database is in the dump too (decision 045): its words and its ID-number hash tokens.
    expect(dump.names.some((name) => name.endsWith('--searchWords'))).toBe(true);
    expect(dump.text).toContain('zhangsan');
    expect(dump.text).toContain('idh:');
    // And the save journal (decision 029), which still holds the last save's history entry.
    expect(dump.text).toContain('saveJournal');
    for (const [label, secret] of Object.entries(secrets)) {
      expect(dump.text.includes(secret), `${label} found in plain text`).toBe(false);
    }
    // And the store still gives them back, decrypted.
    expect((await store.ledger.get('officer', officer.id))?.personal.phone).toBe(secrets.officerNewPhone);
  });
});

describe('findByIdNumber', () => {
  it('finds records by the keyed hash of an ID number, however it is typed', async () => {
    store = await openTestStore();
    const mediation = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expectSaved(await store.ledger.create('mediationCase', mediationDraft({ personal: { parties: [{ partyId: 'p1', idNumber: '230422199002020024' }] } }), actor));
    const officer = expectSaved(await store.ledger.create('officer', officerDraft(), actor)).record;
    const enforcement = expectSaved(await store.ledger.create('enforcementCase', enforcementDraft(), actor)).record;

    expect((await store.ledger.findByIdNumber('mediationCase', ' 230422 19800101001x ')).map((r) => r.id)).toEqual([mediation.id]);
    expect((await store.ledger.findByIdNumber('officer', secrets.officerId)).map((r) => r.id)).toEqual([officer.id]);
    expect((await store.ledger.findByIdNumber('enforcementCase', secrets.enforcementId)).map((r) => r.id)).toEqual([enforcement.id]);
    expect(await store.ledger.findByIdNumber('officer', '110105194912310021')).toEqual([]);
    expect(await store.ledger.findByIdNumber('officer', '  ')).toEqual([]);
  });

  it('stores a hash keyed by the device data key, not a plain hash anyone could recompute', () => {
    const hash = createIdNumberHasher(DATA_KEY);
    const other = createIdNumberHasher('another-device-key-another-device-key');
    expect(hash(secrets.partyId)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(secrets.partyId)).not.toBe(other(secrets.partyId));
  });
});

describe('durability', () => {
  it('commits every write transaction with strict durability (flushed to disk, not the OS buffer)', async () => {
    const modes: string[] = [];
    const original = (Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction') as { value: IDBDatabase['transaction'] }).value;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, mode, options) {
      if (mode === 'readwrite') modes.push(options?.durability ?? 'default');
      return original.call(this, names, mode, options);
    });
    store = await openTestStore();
    expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
    expect(modes.length).toBeGreaterThan(3);
    expect(new Set(modes)).toEqual(new Set(['strict']));
  });
});
