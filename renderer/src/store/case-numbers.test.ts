import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { assignCaseNumbers, counterId } from './case-numbers';
import { reserveNumbers } from './counter';
import { createDatabase, type TaizhangDatabase } from './database';
import { DATA_KEY, freshName } from './test-support';

let db: TaizhangDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const open = async () => {
  db = await createDatabase({ name: freshName('numbers'), password: DATA_KEY, indexedDb: { indexedDB, IDBKeyRange }, multiInstance: false });
  return db;
};
const request = { kind: 'mediationCase' as const, townshipId: 'suibin', townshipShortName: '绥滨', year: 2026 };

describe('reserveNumbers', () => {
  it('hands out blocks that follow each other and never overlap, even when asked at once', async () => {
    const database = await open();
    const firsts = await Promise.all([3, 1, 4, 2].map((count) => reserveNumbers(database, 'c', count).then((first) => ({ first, count }))));
    const taken = firsts.flatMap(({ first, count }) => Array.from({ length: count }, (_, i) => first + i)).sort((a, b) => a - b);
    expect(taken).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });
});

describe('assignCaseNumbers', () => {
  it('skips numbers already on this device when the counter was lost (e.g. restored from a backup)', async () => {
    const database = await open();
    const numbers = await assignCaseNumbers(database, { ...request, count: 2 });
    await Promise.all(numbers.map((n, i) => database.mediationCase.insert(minimalMediation(`m${i}`, n.caseNumber, n.caseSeq))));
    // The counter document disappears, as after restoring records without local documents.
    await (await database.getLocal(counterId('suibin', 'mediationCase', 2026)))?.remove();

    const next = await assignCaseNumbers(database, { ...request, count: 2 });
    expect(next.map((n) => n.caseNumber)).toEqual(['〔2026〕绥滨调字第3号', '〔2026〕绥滨调字第4号']);
  });
});

function minimalMediation(id: string, caseNumber: string, caseSeq: number) {
  const at = '2026-01-01T00:00:00.000Z';
  const who = { person: 'a', deviceId: 'd' };
  return {
    id, townshipId: 'suibin', createdAt: at, updatedAt: at, createdBy: who, updatedBy: who, trashed: false, newestFirstKey: id,
    searchText: '', caseNumber, caseYear: 2026, caseSeq, committee: 'c', source: 'application' as const, receivedOn: '2026-01-01',
    disputeType: 'neighbour', summary: 's', parties: [], personal: { parties: [] }, partyIdHashes: [], mediators: [],
    status: 'accepted' as const, sessions: [], returnVisits: [], attachments: [],
  };
}
