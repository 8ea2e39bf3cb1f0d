// (b) Server push ingest: N cases through POST /push in 500-row batches (HTTP, auth, schema
// validation, rights, lock, master lookup, RLS), against the same rows as one multi-row INSERT per
// 500 into a copy of the documents table on the same database (the floor any server pays), the two
// taken in turn batch by batch.
import { syncPaths, syncLimits, type SyncDocument } from '#shared/sync/index';
import { benchTownship, enrollDevice, sampleCase, type BenchDevice, type BenchServer } from './sync-bench-server';

export interface IngestResult {
  docs: number;
  serverMs: number;
  rawMs: number;
}

const BATCH = syncLimits.maxPushRows;

/** One batch: a township's cases n ∈ numbers, built only when its turn comes (see measureIngest). */
export interface IngestBatch {
  townshipId: string;
  docs(): SyncDocument[];
}

/** N cases spread over ten townships, grouped in batches of one township each (a device writes its own). */
export function ingestBatches(count: number, prefix: string): IngestBatch[] {
  const byTownship = new Map<string, number[]>();
  for (let n = 0; n < count; n++) {
    const townshipId = benchTownship(n);
    const list = byTownship.get(townshipId) ?? [];
    list.push(n);
    byTownship.set(townshipId, list);
  }
  return [...byTownship].flatMap(([townshipId, numbers]) =>
    Array.from({ length: Math.ceil(numbers.length / BATCH) }, (_, i) => ({
      townshipId,
      docs: () => numbers.slice(i * BATCH, (i + 1) * BATCH).map((n) => sampleCase(`${prefix}-${n}`, townshipId, n)),
    })),
  );
}

async function pushBatch(bench: BenchServer, device: BenchDevice, docs: SyncDocument[]): Promise<void> {
  const response = await fetch(`${bench.url}${syncPaths.push('mediationCase')}`, {
    method: 'POST',
    headers: { ...device.headers, 'content-type': 'application/json' },
    body: JSON.stringify(docs.map((d) => ({ newDocumentState: d }))),
  });
  const body = await response.text();
  if (response.status !== 200 || body !== '[]') throw new Error(`BENCH_PUSH_FAILED: ${response.status} ${body.slice(0, 200)}`);
}

async function rawInsert(bench: BenchServer, docs: SyncDocument[], townshipId: string): Promise<void> {
  const params: unknown[] = [];
  const values = docs.map((doc) => {
    const at = params.length;
    params.push(doc.id, townshipId, doc._deleted, JSON.stringify(doc));
    return `('mediationCase', $${at + 1}, $${at + 2}, 'township', nextval('bench_raw_seq'), $${at + 3}, $${at + 4}::json, 'bench')`;
  });
  await bench.server.db.transaction((tx) =>
    tx.query(`INSERT INTO bench_raw_documents (collection, id, township_id, owner_role, seq, deleted, body, written_by) VALUES ${values.join(',')}`, params),
  );
}

export async function measureIngest(bench: BenchServer, count: number, log: (line: string) => void): Promise<IngestResult> {
  const batches = ingestBatches(count, 'case');
  const devices = new Map<string, BenchDevice>();
  for (const { townshipId } of batches) if (!devices.has(townshipId)) devices.set(townshipId, await enrollDevice(bench, 'township', townshipId));

  // The same table shape, indexes and key, without row-level security or the server around it.
  await bench.server.db.exec(`CREATE TABLE bench_raw_documents (LIKE documents INCLUDING ALL); CREATE SEQUENCE bench_raw_seq;`);

  // Each batch's cases are built when its turn comes, outside both timers: 100,000 cases held as objects
  // for the whole run made a live heap of ~780 MB in this process, which no server has; V8's marking of
  // it ran in steps paid by whoever allocated most, the server side (1.3 s of marking steps in 20 s,
  // heap up to 2.4 GB), so runs of the same code gave 1.8× to 6.2× (docs/bench.md, "P5 profile").
  // Interleaved batch by batch, who goes first alternating: both sides meet the same table sizes and the
  // same moment of the database's background work.
  let serverMs = 0;
  let rawMs = 0;
  for (const [i, batch] of batches.entries()) {
    const { townshipId } = batch;
    const docs = batch.docs();
    const server = async () => {
      const started = performance.now();
      await pushBatch(bench, devices.get(townshipId) as BenchDevice, docs);
      serverMs += performance.now() - started;
    };
    const raw = async () => {
      const started = performance.now();
      await rawInsert(bench, docs, townshipId);
      rawMs += performance.now() - started;
    };
    if (i % 2 === 0) await server().then(raw);
    else await raw().then(server);
    if (i % 40 === 39) log(`  (b) pushed ${((i + 1) * BATCH).toLocaleString('en-US')} …`);
  }
  await bench.server.db.exec('DROP TABLE bench_raw_documents; DROP SEQUENCE bench_raw_seq;');
  return { docs: count, serverMs, rawMs };
}
