// [S8]–[S16]: pull paging, push conflicts, idempotence, all-or-nothing, validation, limits, tombstones.
import { expect, it } from 'vitest';
import { syncLimits, syncPaths, type SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, pull, pullAll, push, storedCount, type TestDevice } from '../testing/client';
import { mediationCase } from '../testing/documents';

describeEachBackend('replication', (backend) => {
  let seq = 0;
  const nextId = (prefix: string) => `${prefix}-${++seq}`;
  /** Every test works in its own township, so tests never see each other's documents. */
  const township = async (): Promise<{ device: TestDevice; township: string }> => {
    const name = `t${++seq}`;
    return { device: await enroll(backend.server(), 'township', name), township: name };
  };

  it('[S9] a pull returns exactly batchSize documents while more exist, in write order, then the rest', async () => {
    const { device, township: t } = await township();
    const docs = Array.from({ length: 23 }, (_, i) => mediationCase(nextId(`page${i}`), t));
    expect((await push(backend.server(), device, 'mediationCase', docs.map((d) => ({ newDocumentState: d })))).json()).toEqual([]);
    const sizes: number[] = [];
    const seen: string[] = [];
    let checkpoint = 0;
    for (;;) {
      const page = (await pull(backend.server(), device, 'mediationCase', checkpoint, 5)).json<{ documents: SyncDocument[]; checkpoint: { seq: number } }>();
      sizes.push(page.documents.length);
      seen.push(...page.documents.map((d) => d.id));
      expect(page.checkpoint.seq).toBeGreaterThanOrEqual(checkpoint);
      checkpoint = page.checkpoint.seq;
      if (page.documents.length < 5) break;
    }
    expect(sizes).toEqual([5, 5, 5, 5, 3]);
    expect(seen).toEqual(docs.map((d) => d.id));
    const after = (await pull(backend.server(), device, 'mediationCase', checkpoint, 5)).json<{ documents: unknown[]; checkpoint: { seq: number } }>();
    expect(after).toEqual({ documents: [], checkpoint: { seq: checkpoint } });
  });

  it('[S9] a batchSize above the limit is refused, never silently cut', async () => {
    const { device } = await township();
    const response = await pull(backend.server(), device, 'mediationCase', 0, syncLimits.maxPullBatch + 1);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'BATCH_SIZE_TOO_LARGE' });
    expect((await pull(backend.server(), device, 'mediationCase', -1 as number, 5)).json()).toMatchObject({ code: 'INVALID_CHECKPOINT' });
  });

  it('[S8] the stored and pulled document is exactly the pushed one: no field added, none reordered', async () => {
    const { device, township: t } = await township();
    const doc = mediationCase(nextId('exact'), t);
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as SyncDocument;
    await push(backend.server(), device, 'mediationCase', [{ newDocumentState: reordered }]);
    const response = await pull(backend.server(), device, 'mediationCase', 0, 100);
    expect(response.body).toContain(JSON.stringify(reordered));
    expect(response.body).not.toContain('"seq":1,'); // the ordering lives in the checkpoint only
    const pulled = response.json<{ documents: SyncDocument[] }>().documents[0];
    expect(Object.keys(pulled ?? {})).toEqual(Object.keys(reordered));
  });

  it('[S11] no master → written; master equal to the assumed state → written; otherwise the real master comes back', async () => {
    const { device, township: t } = await township();
    const v1 = mediationCase(nextId('conflict'), t, { summary: 'v1' });
    const v2 = { ...v1, summary: 'v2' };
    const stale = { ...v1, summary: 'offline edit' };
    const server = backend.server();
    expect((await push(server, device, 'mediationCase', [{ newDocumentState: v1 }])).json()).toEqual([]);
    expect((await push(server, device, 'mediationCase', [{ assumedMasterState: { ...v1 }, newDocumentState: v2 }])).json()).toEqual([]);
    // Another device still assumes v1: the server answers with v2 and keeps v2.
    expect((await push(server, device, 'mediationCase', [{ assumedMasterState: v1, newDocumentState: stale }])).json()).toEqual([v2]);
    // An insert of an id that already exists (no assumed state) is a conflict too.
    expect((await push(server, device, 'mediationCase', [{ newDocumentState: stale }])).json()).toEqual([v2]);
    const all = await pullAll(server, device, 'mediationCase');
    expect(all.documents).toEqual([v2]);
  });

  it('[S12] a retried push after a lost response changes nothing and reports no conflict', async () => {
    const { device, township: t } = await township();
    const server = backend.server();
    const v1 = mediationCase(nextId('retry'), t);
    const v2 = { ...v1, status: 'mediating' };
    await push(server, device, 'mediationCase', [{ newDocumentState: v1 }]);
    const rows = [{ assumedMasterState: v1, newDocumentState: v2 }];
    expect((await push(server, device, 'mediationCase', rows)).json()).toEqual([]);
    const before = await pullAll(server, device, 'mediationCase');
    expect((await push(server, device, 'mediationCase', rows)).json()).toEqual([]);
    expect((await push(server, device, 'mediationCase', [{ newDocumentState: v1 }, { newDocumentState: v2 }].slice(1))).json()).toEqual([]);
    const after = await pullAll(server, device, 'mediationCase', 100, before.checkpoint);
    expect(after.documents).toEqual([]); // no new write, no new seq
  });

  it('[S16] a tombstone is stored and pulled like any state, and the row stays', async () => {
    const { device, township: t } = await township();
    const server = backend.server();
    const v1 = mediationCase(nextId('tomb'), t);
    const gone = { ...v1, _deleted: true };
    await push(server, device, 'mediationCase', [{ newDocumentState: v1 }]);
    expect((await push(server, device, 'mediationCase', [{ assumedMasterState: v1, newDocumentState: gone }])).json()).toEqual([]);
    expect((await pullAll(server, device, 'mediationCase')).documents).toEqual([gone]);
  });

  it('[S14][S13] wrong schema, unknown fields, bad rows: 400 with a reason per row, and nothing of the batch is stored', async () => {
    const { device, township: t } = await township();
    const server = backend.server();
    const good = mediationCase(nextId('good'), t);
    const before = await storedCount(server, 'mediationCase');
    const response = await push(server, device, 'mediationCase', [
      { newDocumentState: good },
      { newDocumentState: { ...mediationCase(nextId('bad'), t), status: 'lost' } },
      { newDocumentState: { ...mediationCase(nextId('extra'), t), serverSeq: 5 } },
      { newDocumentState: mediationCase(nextId('nodel'), t, { _deleted: undefined }) },
      { newDocument: good },
      { assumedMasterState: mediationCase('other', t), newDocumentState: mediationCase(nextId('mismatch'), t) },
    ]);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ code: string; message: string; details: { index: number; reason: string; path?: string }[] }>();
    expect(body.code).toBe('INVALID_DOCUMENTS');
    expect(body.message).toContain('未保存');
    expect(body.details.map((d) => [d.index, d.reason])).toEqual([
      [1, 'SCHEMA'],
      [2, 'SCHEMA'],
      [3, 'SCHEMA'],
      [4, 'ROW_SHAPE'],
      [5, 'ID_MISMATCH'],
    ]);
    expect(body.details[0]?.path).toBe('/status');
    expect(JSON.stringify(body.details[1])).toContain('serverSeq');
    expect(await storedCount(server, 'mediationCase')).toBe(before);
  });

  it('[S14] bad JSON, a non-array body and an unknown collection get clear errors and the server stays up', async () => {
    const { device } = await township();
    const app = backend.server().app;
    const raw = (payload: string, url = syncPaths.push('mediationCase')) =>
      app.inject({ method: 'POST', url, headers: { ...device.headers, 'content-type': 'application/json' }, payload });
    expect((await raw('[{"newDocumentState": {')).json()).toMatchObject({ code: 'INVALID_JSON' });
    expect((await raw('{"__proto__": {"x": 1}}')).json()).toMatchObject({ code: 'INVALID_JSON' });
    expect((await raw('{"rows": []}')).json()).toMatchObject({ code: 'INVALID_REQUEST' });
    expect((await raw('[]', syncPaths.push('secrets'))).json()).toMatchObject({ code: 'UNKNOWN_COLLECTION' });
    expect((await app.inject({ method: 'POST', url: syncPaths.push('mediationCase'), headers: { ...device.headers, 'content-type': 'text/plain' }, payload: '[]' })).json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((await raw('[]')).json()).toEqual([]);
    expect((await app.inject({ url: syncPaths.health })).statusCode).toBe(200);
  });

  it('[S15] too many rows or too many bytes: 413, nothing stored, server up', async () => {
    const { device, township: t } = await township();
    const server = backend.server();
    const before = await storedCount(server, 'mediationCase');
    const many = Array.from({ length: syncLimits.maxPushRows + 1 }, (_, i) => ({ newDocumentState: mediationCase(`many-${i}`, t) }));
    const tooMany = await push(server, device, 'mediationCase', many);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ code: 'BATCH_TOO_LARGE' });
    const huge = `[${' '.repeat(syncLimits.maxBodyBytes)}]`;
    const tooBig = await server.app.inject({ method: 'POST', url: syncPaths.push('mediationCase'), headers: { ...device.headers, 'content-type': 'application/json' }, payload: huge });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await storedCount(server, 'mediationCase')).toBe(before);
    expect((await pull(server, device, 'mediationCase', 0, 1)).statusCode).toBe(200);
  });
});
