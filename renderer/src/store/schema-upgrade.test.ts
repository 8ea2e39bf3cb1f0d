// Decision 015 / 017 / 037: a township PC that updates opens the store it wrote with the previous release.
// Its mediation cases and study sessions, stored at schema version 0, are migrated to version 1 at open
// and read back intact, personal data included; they then take the new fields (and the kind 普法活动).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase, type RxJsonSchema } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { describe, expect, it } from 'vitest';
import { collectionSchemas, type MediationCase, type StudySession } from '#shared/domain/schemas/index';
import { firstReleaseSchemas } from '#shared/sync/schema-history';
import { createStorage } from './storage';
import { actor, DATA_KEY, expectSaved, freshName, mediationDraft, openTestStore, studyDraft } from './test-support';

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

const studyAtVersion0: StudySession = {
  ...studyDraft({ kind: 'lecture', topic: '民法典讲座', place: '镇政府三楼会议室' }),
  id: 's-before-037', townshipId: 'suibin', createdAt: '2026-03-02T02:00:00.000Z', updatedAt: '2026-03-02T02:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: 'k-before-037', searchText: '',
};

/** What the previous release did at open: the same collections, the mediation case and study session at version 0. */
async function writeWithPreviousRelease(name: string): Promise<void> {
  addRxPlugin(RxDBLocalDocumentsPlugin);
  const db = await createRxDatabase({
    name, storage: createStorage({ indexedDB, IDBKeyRange }), password: DATA_KEY, multiInstance: false, localDocuments: true,
  });
  const schemas = firstReleaseSchemas(collectionSchemas);
  await db.addCollections(Object.fromEntries(Object.entries(schemas).map(([key, schema]) => [key, { schema: schema as RxJsonSchema<unknown> }])));
  await db.collections.mediationCase!.insert(storedAtVersion0);
  await db.collections.studySession!.insert(studyAtVersion0);
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

describe('a store written before study session version 1 (decision 037)', () => {
  it('reopens at version 1 with the session intact, and it can then become a 普法活动 with its audience', { timeout: 60_000 }, async () => {
    const name = freshName('upgrade-study');
    await writeWithPreviousRelease(name);

    const store = await openTestStore({ name });
    try {
      expect(store.database.collections.studySession.schema.version).toBe(1);
      expect(await store.ledger.get('studySession', studyAtVersion0.id)).toEqual(studyAtVersion0);
      const saved = expectSaved(await store.ledger.update('studySession', studyAtVersion0.id, {
        ...studyAtVersion0, kind: 'publicLegalEducation', lecturer: '', place: '镇农贸市场', audience: '赶集群众', peopleReached: 200, participants: [],
      }, actor));
      expect(saved.record).toMatchObject({ kind: 'publicLegalEducation', audience: '赶集群众', peopleReached: 200, topic: '民法典讲座' });
    } finally {
      await store.close();
    }
  });
});
