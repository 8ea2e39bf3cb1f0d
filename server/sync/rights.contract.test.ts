// [S4]–[S7]: township isolation and county write limits, on every endpoint and in the database.
import { expect, it } from 'vitest';
import type { SyncDocument } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, pullAll, push, storedCount, type TestDevice } from '../testing/client';
import { caseReview, mediationCase, referenceItem } from '../testing/documents';
import { listenOnLoopback, openStream } from '../testing/stream-client';
import { inScope } from './scope';

describeEachBackend('rights', (backend) => {
  let a: TestDevice;
  let b: TestDevice;
  let county: TestDevice;
  const docA = mediationCase('rights-a-1', 'ta');
  const docB = mediationCase('rights-b-1', 'tb');
  const law = referenceItem('rights-law');
  const ids = (docs: SyncDocument[]) => docs.map((d) => d.id);

  it('[S5][S6] setup: each township writes its own case, the county writes reference data', async () => {
    const server = backend.server();
    [a, b, county] = [await enroll(server, 'township', 'ta'), await enroll(server, 'township', 'tb'), await enroll(server, 'county')];
    expect((await push(server, a, 'mediationCase', [{ newDocumentState: docA }])).json()).toEqual([]);
    expect((await push(server, b, 'mediationCase', [{ newDocumentState: docB }])).json()).toEqual([]);
    expect((await push(server, county, 'referenceData', [{ newDocumentState: law }])).json()).toEqual([]);
  });

  it('[S4] a township pulls only its own records plus the county-wide reference data', async () => {
    const server = backend.server();
    expect(ids((await pullAll(server, a, 'mediationCase')).documents)).toEqual([docA.id]);
    expect(ids((await pullAll(server, b, 'mediationCase')).documents)).toEqual([docB.id]);
    expect(ids((await pullAll(server, a, 'referenceData')).documents)).toContain(law.id);
  });

  it('[S6] the county pulls every township', async () => {
    expect(ids((await pullAll(backend.server(), county, 'mediationCase')).documents)).toEqual(expect.arrayContaining([docA.id, docB.id]));
  });

  it('[S5] a township cannot push another township’s record, nor take over its id, and learns nothing of it', async () => {
    const server = backend.server();
    const before = await storedCount(server, 'mediationCase');
    const attempts = [
      [{ newDocumentState: mediationCase('rights-new', 'tb') }],
      [{ newDocumentState: { ...docB, townshipId: 'ta', summary: '抢占' } }],
      [{ assumedMasterState: docB, newDocumentState: { ...docB, townshipId: 'ta' } }],
      [{ newDocumentState: mediationCase('rights-a-2', 'ta') }, { newDocumentState: { ...docB, summary: 'x' } }],
    ];
    for (const rows of attempts) {
      const response = await push(server, a, 'mediationCase', rows);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN_DOCUMENTS' });
      expect(response.body).not.toContain(docB.summary as string);
      expect(response.body).not.toContain('230422');
    }
    expect(await storedCount(server, 'mediationCase')).toBe(before);
    expect((await pullAll(server, b, 'mediationCase')).documents).toEqual([docB]);
  });

  it('[S5] a township cannot write what the county owns', async () => {
    const server = backend.server();
    for (const [collection, doc] of [['referenceData', { ...law, name: '改' }], ['caseReview', caseReview('rights-review-a', 'ta')]] as const) {
      const response = await push(server, a, collection, [{ newDocumentState: doc }]);
      expect(response.statusCode).toBe(403);
      expect(response.json<{ details: { reason: string }[] }>().details[0]?.reason).toBe('COUNTY_OWNED');
    }
  });

  it('[S6] the county writes reviews for any township but cannot edit a township’s ledger', async () => {
    const server = backend.server();
    expect((await push(server, county, 'caseReview', [{ newDocumentState: caseReview('rights-review-b', 'tb') }])).json()).toEqual([]);
    expect(ids((await pullAll(server, b, 'caseReview')).documents)).toEqual(['rights-review-b']);
    expect((await pullAll(server, a, 'caseReview')).documents).toEqual([]);
    const edit = await push(server, county, 'mediationCase', [{ assumedMasterState: docA, newDocumentState: { ...docA, summary: '县里改' } }]);
    expect(edit.statusCode).toBe(403);
    expect(edit.json<{ details: { reason: string }[] }>().details[0]?.reason).toBe('TOWNSHIP_OWNED');
  });

  it('[S4] the stream carries a township’s writes to that township and the county, never to another township', async () => {
    const server = backend.server();
    const base = await listenOnLoopback(server);
    const [sa, sb, sc] = [await openStream(base, a), await openStream(base, b), await openStream(base, county)];
    await Promise.all([sa, sb, sc].map((s) => s.waitFor((e) => e.event === 'ready')));
    const fresh = mediationCase('rights-stream-b', 'tb');
    await push(server, b, 'mediationCase', [{ newDocumentState: fresh }]);
    await push(server, a, 'mediationCase', [{ newDocumentState: mediationCase('rights-stream-a', 'ta') }]);
    const isFresh = (e: { event: string; data: unknown }) => e.event === 'change' && JSON.stringify(e.data).includes(fresh.id);
    await Promise.all([sb.waitFor(isFresh), sc.waitFor(isFresh)]);
    await sa.waitFor((e) => e.event === 'change' && JSON.stringify(e.data).includes('rights-stream-a'));
    expect(sa.events.some(isFresh)).toBe(false);
    expect(JSON.stringify(sa.events)).not.toContain('"townshipId":"tb"');
    [sa, sb, sc].forEach((s) => s.close());
  });

  it('[S7] row-level security alone keeps a township scope from reading or writing another township', async () => {
    const server = backend.server();
    if (backend.name === 'postgres') expect(server.appRole).toBe(true);
    const scope = { role: 'township' as const, townshipId: 'ta' };
    const visible = await inScope(server.db, server.appRole, scope, (tx) =>
      tx.query<{ id: string }>(`SELECT id FROM documents WHERE collection = 'mediationCase'`),
    );
    expect(visible.rows.map((r) => r.id)).not.toContain(docB.id);
    expect(visible.rows.map((r) => r.id)).toContain(docA.id);
    const sneak = inScope(server.db, server.appRole, scope, (tx) =>
      tx.query(`INSERT INTO documents (collection, id, township_id, owner_role, seq, deleted, body, written_by)
                VALUES ('mediationCase', 'rls-sneak', 'tb', 'township', nextval('document_seq'), false, '{}', 'x')`),
    );
    await expect(sneak).rejects.toThrow(/row-level security/);
    const rewrite = await inScope(server.db, server.appRole, scope, (tx) =>
      tx.query(`UPDATE documents SET deleted = true WHERE collection = 'mediationCase' AND id = $1`, [docB.id]),
    );
    expect(rewrite.rowCount).toBe(0);
    const erase = inScope(server.db, server.appRole, { role: 'county', townshipId: null }, (tx) => tx.query(`DELETE FROM documents WHERE id = $1`, [docA.id]));
    await expect(erase).rejects.toThrow();
  });
}, { keepaliveMs: 300 });
