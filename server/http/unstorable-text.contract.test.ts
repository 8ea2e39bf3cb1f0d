// [S39]: text PostgreSQL cannot store (U+0000, a lone UTF-16 surrogate) is refused with a coded
// 400 naming the document and field — never a 500 that every retry meets again — and nothing of
// the batch is written. Issue 8's reproductions, one per test, on every backend.
import { expect, it } from 'vitest';
import { syncPaths, type DocumentProblem, type SyncError, type SyncDocument } from '#shared/sync/index';
import { issueEnrollmentCode } from '../auth/devices';
import { describeEachBackend } from '../testing/backends';
import { reserve } from '../testing/case-numbers';
import { enroll, protocolHeaders, pullAll, push, storedCount, type TestDevice } from '../testing/client';
import { caseReview, enforcementCase, historyEntry, mediationCase, officer, referenceItem, studySession } from '../testing/documents';

const chinese = /[\u4e00-\u9fff]/;
const nul = 'a\u0000b';
const loneHigh = 'abc\ud800';
const loneLow = '\udc00x';

type Builder = (id: string, townshipId: string, change?: Record<string, unknown>) => SyncDocument;

/** A text field of each township collection, and how to build a valid document. */
const townshipKinds: { collection: string; build: Builder; field: string }[] = [
  { collection: 'mediationCase', build: mediationCase, field: 'summary' },
  { collection: 'studySession', build: studySession, field: 'topic' },
  { collection: 'enforcementCase', build: enforcementCase, field: 'matter' },
  { collection: 'officer', build: officer, field: 'unit' },
  { collection: 'recordHistory', build: historyEntry, field: 'recordKind' },
];

describeEachBackend('unstorable text', (backend) => {
  let seq = 0;
  const township = async (): Promise<{ device: TestDevice; t: string }> => {
    const t = `u${++seq}`;
    return { device: await enroll(backend.server(), 'township', t), t };
  };

  /** 400 INVALID_DOCUMENTS in Chinese, a TEXT_UNSTORABLE reason per bad field, nothing stored, server alive. */
  async function expectTextRefused(collection: string, device: TestDevice, docs: SyncDocument[]): Promise<DocumentProblem[]> {
    const server = backend.server();
    const before = await storedCount(server, collection);
    const response = await push(server, device, collection, docs.map((newDocumentState) => ({ newDocumentState })));
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<SyncError>();
    expect(body.code).toBe('INVALID_DOCUMENTS');
    expect(body.message).toMatch(chinese);
    const details = body.details as DocumentProblem[];
    expect(details.length).toBeGreaterThan(0);
    for (const problem of details) {
      expect(problem.reason).toBe('TEXT_UNSTORABLE');
      expect(problem.message).toMatch(chinese);
    }
    expect(await storedCount(server, collection)).toBe(before);
    expect((await server.app.inject({ url: syncPaths.health })).statusCode).toBe(200);
    return details;
  }

  it('[S39] U+0000 in a mediation case’s summary → 400 TEXT_UNSTORABLE at /summary, the good case of the batch is not written either', async () => {
    const { device, t } = await township();
    const good = mediationCase(`${t}-good`, t);
    const bad = mediationCase(`${t}-nul`, t, { summary: nul });
    const details = await expectTextRefused('mediationCase', device, [good, bad]);
    expect(details).toEqual([expect.objectContaining({ index: 1, id: bad.id, path: '/summary' })]);
    // Once the bad case is left out, the rest of the batch goes through (S13 still holds per batch).
    expect((await push(backend.server(), device, 'mediationCase', [{ newDocumentState: good }])).json()).toEqual([]);
    expect((await pullAll(backend.server(), device, 'mediationCase')).documents.map((d) => d.id)).toEqual([good.id]);
  });

  it('[S39] lone surrogates in mediation, study and enforcement records → 400 TEXT_UNSTORABLE naming the field', async () => {
    const { device, t } = await township();
    for (const { collection, build, field } of townshipKinds.slice(0, 3)) {
      for (const [n, text] of [loneHigh, loneLow].entries()) {
        const doc = build(`${t}-${collection}-${n}`, t, { [field]: text });
        const details = await expectTextRefused(collection, device, [doc]);
        expect(details).toEqual([expect.objectContaining({ index: 0, id: doc.id, path: `/${field}` })]);
      }
    }
  });

  it('[S39] officer and 修改记录 entries with the same text are refused too (not stored by the lenient path)', async () => {
    const { device, t } = await township();
    for (const { collection, build, field } of townshipKinds.slice(3)) {
      for (const [n, text] of [nul, loneHigh, loneLow].entries()) {
        const doc = build(`${t}-${collection}-${n}`, t, { [field]: text });
        const details = await expectTextRefused(collection, device, [doc]);
        expect(details).toEqual([expect.objectContaining({ id: doc.id, path: `/${field}` })]);
      }
    }
  });

  it('[S39] text deep inside a document is named by its JSON pointer', async () => {
    const { device, t } = await township();
    const doc = mediationCase(`${t}-deep`, t, { parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: `李${loneLow}` }] });
    const details = await expectTextRefused('mediationCase', device, [doc]);
    expect(details).toEqual([expect.objectContaining({ path: '/parties/0/name' })]);
  });

  it('[S39] storable text that only looks like it — a typed backslash before "u0000" or "ud800", an emoji — is accepted and pulled back unchanged', async () => {
    const { device, t } = await township();
    const lookalikes = ['C:\\u0000\\数据', '路径\\ud800', '调解成功👍', '\\\\u0000'];
    const docs = lookalikes.map((summary, n) => mediationCase(`${t}-look-${n}`, t, { summary }));
    const response = await push(backend.server(), device, 'mediationCase', docs.map((newDocumentState) => ({ newDocumentState })));
    expect(response.statusCode, response.body).toBe(200);
    const pulled = (await pullAll(backend.server(), device, 'mediationCase')).documents;
    expect(pulled.map((d) => d.summary)).toEqual(lookalikes);
  });

  it('[S39] U+0000 in a document id → 400 in every collection a township writes', async () => {
    const { device, t } = await township();
    for (const { collection, build } of townshipKinds) {
      // The test documents copy the id into derived fields (searchText …), named as well.
      const details = await expectTextRefused(collection, device, [build(`${t}-id\u0000${collection}`, t)]);
      expect(details).toContainEqual(expect.objectContaining({ index: 0, path: '/id' }));
    }
  });

  it('[S39] the county’s own collections (reference data, case reviews) refuse it the same way, keys of free-form objects included', async () => {
    const county = await enroll(backend.server(), 'county');
    const details = await expectTextRefused('referenceData', county, [referenceItem(`u-${++seq}`, { name: nul })]);
    expect(details).toEqual([expect.objectContaining({ path: '/name' })]);
    await expectTextRefused('referenceData', county, [referenceItem(`u\u0000${++seq}`)]);
    await expectTextRefused('caseReview', county, [caseReview(`u-review-${++seq}`, 'zhongren', { findings: loneHigh })]);
  });

  it('[S39] enrolling with U+0000 or a lone surrogate in the device name → 400 in Chinese, and the code still enrolls', async () => {
    const server = backend.server();
    const { code } = await issueEnrollmentCode(server.db, { role: 'township', townshipId: 'zhongren' });
    for (const deviceName of ['PC\u0000one', `PC${loneHigh}`, `${loneLow}PC`]) {
      const refused = await server.app.inject({ method: 'POST', url: syncPaths.enroll, headers: protocolHeaders, payload: { code, deviceName } });
      expect(refused.statusCode, refused.body).toBe(400);
      const body = refused.json<SyncError>();
      expect(body.code).toBe('DEVICE_NAME_UNSTORABLE');
      expect(body.message).toContain('本机名称');
    }
    const enrolled = await server.app.inject({ method: 'POST', url: syncPaths.enroll, headers: protocolHeaders, payload: { code, deviceName: 'PC one' } });
    expect(enrolled.statusCode).toBe(201);
  });

  it('[S39] case-number and file requests carrying such text get a 4xx, never a 500', async () => {
    const { device, t } = await township();
    const server = backend.server();
    for (const townshipId of [`${t}\u0000`, `${t}${loneHigh}`]) {
      const response = await reserve(server, device, { requestId: `req-${t}-0001`, kind: 'mediationCase', year: 2026, count: 5, townshipId });
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    }
    const requestId = await reserve(server, device, { requestId: `req\u0000${t}-0002`, kind: 'mediationCase', year: 2026, count: 5 });
    expect(requestId.statusCode).toBe(400);
    const file = await server.app.inject({ method: 'HEAD', url: `/v1/files/${'a'.repeat(63)}%00`, headers: device.headers });
    expect(file.statusCode).toBe(400);
  });
});
