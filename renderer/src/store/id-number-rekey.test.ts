// [S29]: the county's ID-hash key — after a re-key, an ID number is found in this device's records
// and in records pulled from other devices, which carry hashes made with the same county key.
import { afterEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { LedgerRecordByKind } from '#shared/domain/schemas/index';
import { createIdNumberHasher } from './id-number-hash';
import { keyFingerprint } from './id-number-rekey';
import type { OpenedStore } from './open-store';
import { replaceRecordTokens } from './search-token-writes';
import { actor, DATA_KEY, expectSaved, freshName, mediationDraft, officerDraft, openTestStore } from './test-support';

const COUNTY_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const ID_NUMBER = '23042219800101001X';

const opened: OpenedStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});
const open = async (options: Parameters<typeof openTestStore>[0] = {}) => {
  const store = await openTestStore(options);
  opened.push(store);
  return store;
};

/** A record as another device of the county pushes it: its hash made with the county key. */
async function pulledCase(store: OpenedStore, townshipId: string): Promise<LedgerRecordByKind['mediationCase']> {
  const county = createIdNumberHasher(COUNTY_KEY);
  const id = uuidv7();
  const at = '2026-05-11T02:00:00.000Z';
  const record = {
    ...mediationDraft({ summary: '从其他电脑同步来的案件' }),
    id, townshipId, createdAt: at, updatedAt: at, createdBy: { person: '别人', deviceId: 'other' }, updatedBy: { person: '别人', deviceId: 'other' },
    trashed: false, caseNumber: '〔2026〕绥滨调字第99号', caseYear: 2026, caseSeq: 99, newestFirstKey: `7_${id}`, searchText: '',
    partyIdHashes: [county(ID_NUMBER)],
  } as LedgerRecordByKind['mediationCase'];
  await store.database.mediationCase.insert(record);
  // What sync does for a pulled record (search-token-writes.ts).
  await replaceRecordTokens(store.database, 'mediationCase', [record]);
  return record;
}

describe('county ID-hash key', () => {
  it('[S29] after a re-key, an ID number finds this device’s records and records pulled from other devices', async () => {
    const store = await open();
    const local = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    const officer = expectSaved(await store.ledger.create('officer', officerDraft(), actor)).record;
    const pulled = await pulledCase(store, 'suibin');
    // Before: the local record is keyed by the device's data key, the pulled one by the county's.
    expect((await store.ledger.findByIdNumber('mediationCase', ID_NUMBER)).map((r) => r.id)).toEqual([local.id]);

    const result = await store.idNumberHashes.rekey(COUNTY_KEY);
    expect(result).toMatchObject({ finished: true, rewritten: 2 });
    const county = createIdNumberHasher(COUNTY_KEY);
    expect((await store.ledger.get('mediationCase', local.id))?.partyIdHashes).toEqual([county(ID_NUMBER)]);
    expect((await store.ledger.findByIdNumber('mediationCase', ID_NUMBER)).map((r) => r.id).sort()).toEqual([local.id, pulled.id].sort());
    expect((await store.ledger.findByIdNumber('officer', officerDraft().personal.idNumber ?? '')).map((r) => r.id)).toEqual([officer.id]);
    // Records saved afterwards carry the county key's hash too (and so when pushed).
    const later = expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor)).record;
    expect(later.partyIdHashes).toEqual([county(ID_NUMBER)]);
    expect(store.idNumberHashes.rekeying).toBe(false);
  });

  it('[S29] a county device opened with the key finds an ID number in records pulled from townships', async () => {
    const store = await open({ township: 'zhongren', idHashKey: COUNTY_KEY });
    await store.settings.save({ role: 'county' });
    const fromSuibin = await pulledCase(store, 'suibin');
    expect((await store.ledger.findByIdNumber('mediationCase', ID_NUMBER)).map((r) => r.id)).toEqual([fromSuibin.id]);
    // The county re-writes no township record: its owners re-key it.
    expect((await store.idNumberHashes.rekey(COUNTY_KEY)).rewritten).toBe(0);
  });

  it('[S29] re-keying is not repeated: the same key again rewrites nothing', async () => {
    const store = await open();
    expectSaved(await store.ledger.create('mediationCase', mediationDraft(), actor));
    expect((await store.idNumberHashes.rekey(COUNTY_KEY)).rewritten).toBe(1);
    expect((await store.idNumberHashes.rekey(COUNTY_KEY)).rewritten).toBe(0);
  });

  it('[S29] opening with the key re-keys at open; an interrupted re-key resumes from its cursor', async () => {
    const name = freshName('rekey');
    const first = await openTestStore({ name });
    const mediation = expectSaved(await first.ledger.create('mediationCase', mediationDraft(), actor)).record;
    const officer = expectSaved(await first.ledger.create('officer', officerDraft(), actor)).record;
    // As if a run had done mediation and enforcement cases and stopped before the officers.
    await first.database.upsertLocal('idHashKeyState', { key: keyFingerprint(COUNTY_KEY), done: false, cursor: { kind: 'officer', after: '' } });
    await first.close();

    const again = await open({ name, township: null, idHashKey: COUNTY_KEY });
    await again.idNumberHashes.settled;
    const county = createIdNumberHasher(COUNTY_KEY);
    const device = createIdNumberHasher(DATA_KEY);
    expect((await again.ledger.get('officer', officer.id))?.idNumberHash).toBe(county(officerDraft().personal.idNumber ?? ''));
    // The resumed run started at its cursor, so the case it had "done" keeps what it had.
    expect((await again.ledger.get('mediationCase', mediation.id))?.partyIdHashes).toEqual([device(ID_NUMBER)]);
    expect(again.idNumberHashes.rekeying).toBe(false);
  });
});
