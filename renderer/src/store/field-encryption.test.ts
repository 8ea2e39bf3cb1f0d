// Decision 040: personal fields are AES-GCM in Web Crypto, and a profile written by the crypto-js stack
// before it opens with every field, its old values rewritten by the record's next save.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase, type RxJsonSchema } from 'rxdb';
import { encryptString, wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { collectionSchemas, type CollectionName, type MediationCase } from '#shared/domain/schemas/index';
import { schemaMigrations } from '#shared/domain/schemas/migrations';
import { decryptValue, encryptValue, fieldKeyOf, GCM_PREFIX } from './field-encryption';
import { actor, DATA_KEY, dumpAllIndexedDb, freshName, mediationDraft, openTestStore } from './test-support';

const applicant = { partyId: 'p1', idNumber: '23042219800101001X', phone: '13912345678', address: '绥滨镇光明村' };
const personal: MediationCase['personal'] = { parties: [applicant, { partyId: 'p2' }] };

describe('a personal field value', () => {
  it('comes back as it was, and the same value is never stored twice alike (a fresh IV each time)', async () => {
    const key = await fieldKeyOf(DATA_KEY);
    const first = await encryptValue(key, personal);
    const second = await encryptValue(key, personal);
    expect(first.startsWith(GCM_PREFIX)).toBe(true);
    expect(first).not.toBe(second);
    expect(first).not.toContain('13912345678');
    expect(await decryptValue(key, DATA_KEY, first)).toEqual(personal);
    expect(await decryptValue(key, DATA_KEY, second)).toEqual(personal);
  });

  it('refuses a changed value or another key with a message, rather than giving something wrong', async () => {
    const key = await fieldKeyOf(DATA_KEY);
    const stored = await encryptValue(key, personal);
    const flipped = stored.slice(0, -6) + (stored.at(-6) === 'A' ? 'B' : 'A') + stored.slice(-5);
    await expect(decryptValue(key, DATA_KEY, flipped)).rejects.toThrow(/PERSONAL_FIELD_UNREADABLE: .*无法解密/);
    const otherKey = await fieldKeyOf(`${DATA_KEY}-another-device`);
    await expect(decryptValue(otherKey, DATA_KEY, stored)).rejects.toThrow(/PERSONAL_FIELD_UNREADABLE/);
  });

  it('written by crypto-js (before decision 040) is still read', async () => {
    const key = await fieldKeyOf(DATA_KEY);
    const legacy = encryptString(JSON.stringify(personal), DATA_KEY);
    expect(legacy.startsWith('U2FsdGVkX1')).toBe(true);
    expect(await decryptValue(key, DATA_KEY, legacy)).toEqual(personal);
    // Under another data key it is refused with the message, like a value that does not authenticate.
    await expect(decryptValue(key, `${DATA_KEY}-another-device`, legacy)).rejects.toThrow(/PERSONAL_FIELD_UNREADABLE/);
  });
});

const oldRecord = (id: string, seq: number): MediationCase => ({
  ...mediationDraft(), personal,
  id, townshipId: 'suibin', createdAt: '2026-03-01T02:00:00.000Z', updatedAt: '2026-03-01T02:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: `k-old-${String(seq)}`, searchText: '张三 李四',
  caseNumber: `〔2026〕绥滨调字第${String(seq)}号`, caseYear: 2026, caseSeq: seq, partyIdHashes: [],
});

/** Today's database as the release before decision 040 wrote it: crypto-js encryption (validated by ajv here, as its validators were precompiled). */
async function writeWithCryptoJs(name: string, records: MediationCase[]): Promise<void> {
  addRxPlugin(RxDBLocalDocumentsPlugin);
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const storage = wrappedValidateAjvStorage({ storage: wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageDexie({ indexedDB, IDBKeyRange }) }) });
  const db = await createRxDatabase({ name, storage, password: DATA_KEY, multiInstance: false, localDocuments: true });
  await db.addCollections(Object.fromEntries(Object.entries(collectionSchemas).map(([key, schema]) => [key, {
    schema: schema as unknown as RxJsonSchema<unknown>, migrationStrategies: schemaMigrations[key as CollectionName] ?? {},
  }])));
  await db.collections.mediationCase?.bulkInsert(records);
  await db.close();
}

/** The stored `personal` of each mediation case of the database, by id, as IndexedDB holds it. */
async function storedPersonal(name: string): Promise<Map<string, unknown>> {
  const dump = await dumpAllIndexedDb(`${name}--`);
  const rows = dump.text.split('\n').flatMap((part) => JSON.parse(part) as { id?: string; personal?: unknown; caseYear?: number }[]);
  return new Map(rows.filter((row) => row.caseYear !== undefined && row.id !== undefined).map((row) => [row.id ?? '', row.personal]));
}

describe('a profile written before decision 040 (crypto-js)', () => {
  it('opens with every personal field, and a saved record is re-encrypted with AES-GCM, still never in plain text', { timeout: 60_000 }, async () => {
    const name = freshName('legacy');
    await writeWithCryptoJs(name, [oldRecord('m-old-1', 1), oldRecord('m-old-2', 2)]);
    const before = await storedPersonal(name);
    expect([...before.values()].every((value) => typeof value === 'string' && value.startsWith('U2FsdGVkX1'))).toBe(true);

    const store = await openTestStore({ name });
    try {
      expect((await store.ledger.get('mediationCase', 'm-old-1'))?.personal).toEqual(personal);
      expect((await store.ledger.get('mediationCase', 'm-old-2'))?.personal).toEqual(personal);
      const page = await store.ledger.list('mediationCase', { pageSize: 10 });
      expect(page.rows.map((row) => row.personal)).toEqual([personal, personal]);

      const edited = { ...mediationDraft(), personal: { parties: [{ ...applicant, phone: '13000000001' }, { partyId: 'p2' }] } };
      expect((await store.ledger.update('mediationCase', 'm-old-1', edited, actor)).ok).toBe(true);
      const after = await storedPersonal(name);
      expect(String(after.get('m-old-1')).startsWith(GCM_PREFIX)).toBe(true);
      // The untouched record keeps its old value until its own next save, and reads as before.
      expect(String(after.get('m-old-2')).startsWith('U2FsdGVkX1')).toBe(true);
      expect((await store.ledger.get('mediationCase', 'm-old-1'))?.personal.parties[0]?.phone).toBe('13000000001');
      expect((await store.ledger.get('mediationCase', 'm-old-2'))?.personal).toEqual(personal);

      const dump = await dumpAllIndexedDb(`${name}--`);
      expect(dump.text).toContain('m-old-1');
      for (const secret of ['23042219800101001X', '13912345678', '13000000001', '绥滨镇光明村']) expect(dump.text).not.toContain(secret);
    } finally {
      await store.close();
    }
  });
});
