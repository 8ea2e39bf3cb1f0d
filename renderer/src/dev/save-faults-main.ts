// seed.html?job=save-faults: opens the app's store exactly as the app does (the journal is replayed there),
// reports the audit of every record's history and search words, then saves on — creates, edits,
// moves to the recycle bin, small imports — picked by a seeded random, each confirmed save on one
// console line. test/e2e/save-faults.spec.ts kills the page at random moments (decision 029).
import { bridge } from '#bridge';
import type { LedgerRecordByKind } from '#shared/domain/schemas/index';
import { openAppStore, readStartFacts } from '../boot';
import type { OpenedStore } from '../store/open-store';
import { auditSaves } from '../store/save-audit';
import { numberParam, pageLog, runPageJob } from './page-channel';
import { createRandom, type Random } from './prng';
import { createSampleGenerator, sampleContextFrom, type SampleGenerator } from './sample-records';
import { referenceOf, writerOf } from './seed-run';

/** What the driver reads of a confirmed save: the record and the time its history entry must carry. */
export interface ConfirmedSave {
  n: number;
  action: string;
  recordId: string;
  at: string;
}

type Writer = Awaited<ReturnType<typeof writerOf>>;

const confirmed = (n: number, action: string, records: { id: string; updatedAt: string }[]) =>
  records.forEach((record) => pageLog(`confirmed ${JSON.stringify({ n, action, recordId: record.id, at: record.updatedAt } satisfies ConfirmedSave)}`));

async function someCase(store: OpenedStore, random: Random): Promise<LedgerRecordByKind['mediationCase'] | undefined> {
  const page = await store.ledger.list('mediationCase', { pageSize: 20 });
  return page.rows.length > 0 ? random.pick(page.rows) : undefined;
}

/** One save of a kind the random picks (a create when there is no case to edit yet). */
async function saveOnce(store: OpenedStore, n: number, random: Random, samples: SampleGenerator, { actor }: Writer): Promise<void> {
  const action = random.weighted({ create: 5, update: 3, trash: 1, createMany: 1 });
  const target = action === 'update' || action === 'trash' ? await someCase(store, random) : undefined;
  if (action === 'createMany') {
    const drafts = samples.drafts('mediationCase', n * 10, 3);
    const before = new Set((await store.ledger.list('mediationCase', { pageSize: 1000 })).rows.map((record) => record.id));
    const result = await store.ledger.createMany('mediationCase', drafts, actor);
    if (result.rejected.length > 0) throw new Error(`createMany refused: ${JSON.stringify(result.rejected)}`);
    const added = (await store.ledger.list('mediationCase', { pageSize: 1000 })).rows.filter((record) => !before.has(record.id));
    confirmed(n, action, added);
  } else if (action === 'update' && target) {
    const result = await store.ledger.update('mediationCase', target.id, { ...target, summary: `${target.summary}（第${String(n)}次修改）` }, actor);
    if (!result.ok) throw new Error(`update refused: ${JSON.stringify(result.issues)}`);
    confirmed(n, action, [result.record]);
  } else if (action === 'trash' && target) {
    await store.ledger.trash('mediationCase', target.id, actor);
    const trashed = await store.ledger.get('mediationCase', target.id);
    if (trashed) confirmed(n, action, [trashed]);
  } else {
    const result = await store.ledger.create('mediationCase', samples.drafts('mediationCase', n * 10, 1)[0]!, actor);
    if (!result.ok) throw new Error(`create refused: ${JSON.stringify(result.issues)}`);
    confirmed(n, 'create', [result.record]);
  }
}

void runPageJob(async () => {
  const seed = numberParam('seed', 1);
  const from = numberParam('from', 0);
  const count = numberParam('count', 0);
  const store = await openAppStore(await readStartFacts(bridge));
  const audit = await auditSaves(store.database);
  const history = (await store.database.recordHistory.find().exec()).map((doc) => `${doc.recordId}@${doc.at}`);
  pageLog(`audit ${JSON.stringify({ ...audit, history, replayed: store.replayedSaves })}`);
  const writer = await writerOf(store);
  const samples = createSampleGenerator(seed, sampleContextFrom(await referenceOf(store), store.clock(), writer.townshipId));
  for (let n = from; n < from + count; n += 1) {
    // Each save draws from its own stream, so a run that restarts after a kill repeats nothing.
    await saveOnce(store, n, createRandom(seed * 1000 + n), samples, writer);
  }
  await store.close();
  return audit;
});
