// Decision 015 / 017: a township PC that updates opens the store it wrote with the previous release.
// Its mediation cases, stored at schema version 0, are migrated to version 1 at open and read back
// intact, personal data included; they then take the new fields.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase, type RxJsonSchema } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { describe, expect, it } from 'vitest';
import { collectionSchemas, type MediationCase } from '#shared/domain/schemas/index';
import { firstReleaseSchemas } from '#shared/sync/schema-history';
import { createStorage } from './storage';
import { actor, DATA_KEY, expectSaved, freshName, mediationDraft, openTestStore } from './test-support';

const storedAtVersion0: MediationCase = {
  ...mediationDraft({
    status: 'succeeded', closedOn: '2026-05-20',
    sessions: [{ date: '2026-05-12', place: '司法所调解室', record: '双方陈述，达成一致' }],
    agreement: { form: 'written', facts: '通行受阻', terms: '李四拆除障碍物', performanceDeadline: '2026-06-01', signedOn: '2026-05-12' },
  }),
  id: 'm-before-017', townshipId: 'suibin', createdAt: '2026-05-10T02:00:00.000Z', updatedAt: '2026-05-20T02:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: 'k-before-017', searchText: '',
  caseNumber: '〔2026〕绥滨调字第7号', caseYear: 2026, caseSeq: 7, partyIdHashes: [],
};

/** What the previous release did at open: the same collections, the mediation case at version 0. */
async function writeWithPreviousRelease(name: string): Promise<void> {
  addRxPlugin(RxDBLocalDocumentsPlugin);
  const db = await createRxDatabase({
    name, storage: createStorage({ indexedDB, IDBKeyRange }), password: DATA_KEY, multiInstance: false, localDocuments: true,
  });
  const schemas = firstReleaseSchemas(collectionSchemas);
  await db.addCollections(Object.fromEntries(Object.entries(schemas).map(([key, schema]) => [key, { schema: schema as RxJsonSchema<unknown> }])));
  await db.collections.mediationCase!.insert(storedAtVersion0);
  await db.close();
}

describe('a store written before mediation case version 1', () => {
  it('reopens at version 1 with the case intact, and the case then takes the new fields', { timeout: 60_000 }, async () => {
    const name = freshName('upgrade');
    await writeWithPreviousRelease(name);

    const store = await openTestStore({ name });
    try {
      expect(store.database.collections.mediationCase.schema.version).toBe(1);
      expect(await store.ledger.get('mediationCase', storedAtVersion0.id)).toEqual(storedAtVersion0);

      // A form hands back the whole record; the store keeps only what the official may set.
      const saved = expectSaved(await store.ledger.update('mediationCase', storedAtVersion0.id, {
        ...storedAtVersion0, rightsNotice: { givenOn: '2026-05-10', form: 'written' },
        archive: { volumeNumber: '（2026）人调字第7号', keepingPeriod: 'long', archivedOn: '2026-05-25' },
      }, actor));
      expect(saved.record).toMatchObject({ rightsNotice: { givenOn: '2026-05-10' }, archive: { keepingPeriod: 'long' }, personal: storedAtVersion0.personal });
    } finally {
      await store.close();
    }
  });
});
