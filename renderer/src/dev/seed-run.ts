// `npm run seed`: fills the app's own store (same database, same data key) with sample records
// of every kind through ledger.createMany, in the order links need: officers, enforcement cases,
// their reviews, study sessions, then the bulk of mediation cases.
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { Actor, AppStore } from '../store/contract';
import { insertInChunks, readAll } from './chunked-insert';
import { createSampleGenerator, planSampleCounts, sampleContextFrom, seedOrder, type SampleLinks } from './sample-records';

export interface SeedOptions {
  total: number;
  seed: number;
  chunkSize: number;
}

export interface SeedResult {
  townshipId: string;
  counts: Record<LedgerKind, number>;
  /** Records of each kind in the store after seeding (earlier runs included). */
  totals: Record<LedgerKind, number>;
  ms: number;
}

const KIND_NAMES: Record<LedgerKind, string> = {
  officer: '执法人员', enforcementCase: '行政执法案件', caseReview: '案卷评查', studySession: '学法记录', mediationCase: '人民调解案件',
};

/** Makes sure the store can be written to: a township and an operator, kept if already set. */
export async function writerOf(store: AppStore): Promise<{ actor: Actor; townshipId: string }> {
  let settings = await store.settings.get();
  if (!settings.townshipId || !settings.operatorName) {
    const townships = await store.reference.list('township');
    settings = await store.settings.save({
      townshipId: settings.townshipId || (townships[0]?.code ?? ''),
      operatorName: settings.operatorName || '样例数据',
    });
  }
  return { actor: { person: settings.operatorName, deviceId: settings.deviceId }, townshipId: settings.townshipId };
}

export async function referenceOf(store: AppStore) {
  const kinds = ['township', 'disputeType', 'law', 'powerItem'] as const;
  return (await Promise.all(kinds.map((kind) => store.reference.list(kind)))).flat();
}

export async function seedStore(store: AppStore, options: SeedOptions, log: (line: string) => void): Promise<SeedResult> {
  const started = performance.now();
  const { actor, townshipId } = await writerOf(store);
  const generator = createSampleGenerator(options.seed, sampleContextFrom(await referenceOf(store), store.clock(), townshipId));
  const counts = planSampleCounts(options.total);
  const existing = await readAll(store, 'officer');
  if (existing.length >= counts.officer) {
    // The township's roster is already there from an earlier run; its share goes to mediation cases.
    counts.mediationCase += counts.officer;
    counts.officer = 0;
  }
  // A second run adds to what is there; its records continue the sequence instead of repeating it.
  const offset = Math.max(0, (await store.ledger.count('mediationCase', {})) ?? 0);
  log(`乡镇 ${townshipId}，经办人 ${actor.person}；计划写入 ${seedOrder.map((kind) => `${KIND_NAMES[kind]} ${String(counts[kind])}`).join('，')}`);

  const links: { officers: SampleLinks['officers']; enforcementCases: SampleLinks['enforcementCases'] } = { officers: existing, enforcementCases: [] };
  for (const kind of seedOrder) {
    const count = counts[kind];
    if (count > 0) {
      await insertInChunks(store, kind, { start: offset, count }, options.chunkSize,
        (start, size) => generator.drafts(kind, start, size, links), actor,
        ({ saved, total, elapsedMs }) => log(`${KIND_NAMES[kind]}：${String(saved)}/${String(total)}（${(saved / Math.max(elapsedMs / 1000, 0.001)).toFixed(0)} 条/秒）`));
    }
    if (kind === 'officer') links.officers = await readAll(store, 'officer');
    if (kind === 'enforcementCase') {
      links.enforcementCases = (await readAll(store, 'enforcementCase')).map((record) => ({ id: record.id, closedOn: record.stages.closedOn }));
    }
  }

  const totals = {} as Record<LedgerKind, number>;
  for (const kind of seedOrder) totals[kind] = (await store.ledger.count(kind, {})) ?? 0;
  return { townshipId, counts, totals, ms: performance.now() - started };
}
