// (b) Server push ingest: N cases through POST /push in 500-row batches (HTTP, auth, schema
// validation, rights, lock, master lookup, RLS), against the same rows as one multi-row INSERT per
// 500 into a copy of the documents table on the same database (the floor any server pays).
import { syncPaths, syncLimits, type SyncDocument } from '#shared/sync/index';
import { benchTownship, enrollDevice, sampleCase, type BenchDevice, type BenchServer } from './sync-bench-server';

export interface IngestResult {
  docs: number;
  serverMs: number;
  rawMs: number;
}

const BATCH = syncLimits.maxPushRows;

/** N cases spread over ten townships, grouped in batches of one township each (a device writes its own). */
export function ingestBatches(count: number, prefix: string): { townshipId: string; docs: SyncDocument[] }[] {
  const byTownship = new Map<string, SyncDocument[]>();
  for (let n = 0; n < count; n++) {
    const townshipId = benchTownship(n);
    const list = byTownship.get(townshipId) ?? [];
    list.push(sampleCase(`${prefix}-${n}`, townshipId, n));
    byTownship.set(townshipId, list);
  }
  return [...byTownship].flatMap(([townshipId, docs]) =>
    Array.from({ length: Math.ceil(docs.length / BATCH) }, (_, i) => ({ townshipId, docs: docs.slice(i * BATCH, (i + 1) * BATCH) })),
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

  let started = performance.now();
  for (const [i, { townshipId, docs }] of batches.entries()) {
    await pushBatch(bench, devices.get(townshipId) as BenchDevice, docs);
    if (i % 40 === 39) log(`  (b) pushed ${((i + 1) * BATCH).toLocaleString('en-US')} …`);
  }
  const serverMs = performance.now() - started;

  started = performance.now();
  for (const { townshipId, docs } of batches) await rawInsert(bench, docs, townshipId);
  const rawMs = performance.now() - started;
  await bench.server.db.exec('DROP TABLE bench_raw_documents; DROP SEQUENCE bench_raw_seq;');
  return { docs: count, serverMs, rawMs };
}
