// [S26]: hostile input, one case per test. Each answer is a clear {code, message} error, nothing
// is stored, and the server still answers /health afterwards.
import { expect, it } from 'vitest';
import { syncLimits, syncPaths, type SyncError } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, protocolHeaders, pullAll, push, storedCount, type TestDevice } from '../testing/client';
import { mediationCase } from '../testing/documents';
import type { LightMyRequestResponse } from 'fastify';

const chinese = /[\u4e00-\u9fff]/;

describeEachBackend('hostile input', (backend) => {
  let seq = 0;
  const township = async (): Promise<{ device: TestDevice; t: string }> => {
    const t = `h${++seq}`;
    return { device: await enroll(backend.server(), 'township', t), t };
  };
  const raw = (device: TestDevice, payload: string | Buffer, url = syncPaths.push('mediationCase')) =>
    backend.server().app.inject({ method: 'POST', url, headers: { ...device.headers, 'content-type': 'application/json' }, payload });

  /** The refusal is in the shared shape, nothing was stored, and the server still serves. */
  async function expectRefused(response: LightMyRequestResponse, status: number, code: string, storedBefore: number): Promise<SyncError> {
    expect(response.statusCode).toBe(status);
    const body = response.json<SyncError>();
    expect(body.code).toBe(code);
    expect(body.message).toMatch(chinese);
    expect(Object.keys(body).every((key) => ['code', 'message', 'details'].includes(key))).toBe(true);
    const server = backend.server();
    expect(await storedCount(server, 'mediationCase')).toBe(storedBefore);
    const health = await server.app.inject({ url: syncPaths.health });
    expect(health.statusCode).toBe(200);
    return body;
  }

  it('[S26] truncated JSON → 400 INVALID_JSON', async () => {
    const { device, t } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const text = JSON.stringify([{ newDocumentState: mediationCase(`${t}-cut`, t) }]);
    await expectRefused(await raw(device, text.slice(0, text.length / 2)), 400, 'INVALID_JSON', before);
  });

  it('[S26] prototype poisoning (__proto__, constructor.prototype) → 400 INVALID_JSON', async () => {
    const { device } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    await expectRefused(await raw(device, '[{"newDocumentState": {"__proto__": {"admin": true}}}]'), 400, 'INVALID_JSON', before);
    await expectRefused(await raw(device, '[{"newDocumentState": {"constructor": {"prototype": {"x": 1}}}}]'), 400, 'INVALID_JSON', before);
  });

  it('[S26] bytes that are not UTF-8 JSON (NUL, 0xFF) → 400 INVALID_JSON', async () => {
    const { device } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    await expectRefused(await raw(device, Buffer.from([0x5b, 0xff, 0xfe, 0x5d])), 400, 'INVALID_JSON', before);
    await expectRefused(await raw(device, '[\u0000]'), 400, 'INVALID_JSON', before);
  });

  it('[S26][S40] JSON nested 100,000 deep does not crash the server → 413 REQUEST_TOO_COMPLEX before parsing', async () => {
    const { device } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    await expectRefused(await raw(device, '['.repeat(100_000) + ']'.repeat(100_000)), 413, 'REQUEST_TOO_COMPLEX', before);
    await expectRefused(await raw(device, '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)), 413, 'REQUEST_TOO_COMPLEX', before);
  });

  it('[S26] a wrong type deep inside a document → 400 INVALID_DOCUMENTS with the field’s path', async () => {
    const { device, t } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const doc = mediationCase(`${t}-age`, t, { parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: '李四', age: '很老' }] });
    const body = await expectRefused(await push(backend.server(), device, 'mediationCase', [{ newDocumentState: doc }]), 400, 'INVALID_DOCUMENTS', before);
    expect(JSON.stringify(body.details)).toContain('/parties/0/age');
  });

  it('[S26] unknown fields — nested, or RxDB’s own _rev/_meta — are refused, never stored', async () => {
    const { device, t } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const nested = mediationCase(`${t}-nested`, t, { parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: '李四', secret: 'x' }] });
    const internal = { ...mediationCase(`${t}-rev`, t), _rev: '1-abc', _meta: { lwt: 1 } };
    const body = await expectRefused(
      await push(backend.server(), device, 'mediationCase', [{ newDocumentState: nested }, { newDocumentState: internal }]),
      400,
      'INVALID_DOCUMENTS',
      before,
    );
    const details = body.details as { index: number; reason: string }[];
    expect([...new Set(details.map((d) => d.index))]).toEqual([0, 1]);
    expect(details.every((d) => d.reason === 'SCHEMA')).toBe(true);
  });

  it('[S26] a field far over its length (1 MB summary) → 400 INVALID_DOCUMENTS', async () => {
    const { device, t } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const doc = mediationCase(`${t}-long`, t, { summary: '纠'.repeat(1_000_000) });
    await expectRefused(await push(backend.server(), device, 'mediationCase', [{ newDocumentState: doc }]), 400, 'INVALID_DOCUMENTS', before);
  });

  it('[S26] a full batch of 500 bad rows gets a bounded answer (at most 100 reasons)', async () => {
    const { device, t } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const rows = Array.from({ length: syncLimits.maxPushRows }, (_, i) => ({ newDocumentState: mediationCase(`${t}-bad-${i}`, t, { status: 'lost' }) }));
    const body = await expectRefused(await push(backend.server(), device, 'mediationCase', rows), 400, 'INVALID_DOCUMENTS', before);
    expect((body.details as unknown[]).length).toBe(100);
  });

  it('[S26] 修改记录 naming another township → 403 WRONG_TOWNSHIP, nothing stored', async () => {
    const { device, t } = await township();
    const server = backend.server();
    const entry = {
      id: `${t}-hist`, recordId: 'someone-elses', recordKind: 'mediationCase', townshipId: 'zhongren', at: '2026-10-08T09:30:00.000Z',
      actor: { person: '张三', deviceId: 'd' }, action: 'update', changes: [], _deleted: false,
    };
    const historyBefore = await storedCount(server, 'recordHistory');
    const response = await push(server, device, 'recordHistory', [{ newDocumentState: entry }]);
    const body = await expectRefused(response, 403, 'FORBIDDEN_DOCUMENTS', await storedCount(server, 'mediationCase'));
    expect((body.details as { reason: string }[])[0]?.reason).toBe('WRONG_TOWNSHIP');
    expect(await storedCount(server, 'recordHistory')).toBe(historyBefore);
    expect((await pullAll(server, device, 'recordHistory')).documents).toEqual([]);
  });

  it('[S26] a path segment over 100 characters or a broken %-escape → shared error shape, path not echoed', async () => {
    const { device } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const longName = `${'x'.repeat(5000)}`;
    const long = await backend.server().app.inject({ url: `/v1/collections/${longName}/pull?batchSize=1`, headers: device.headers });
    const body = await expectRefused(long, 404, 'NOT_FOUND', before);
    expect(JSON.stringify(body)).not.toContain('xxxx');
    const broken = await backend.server().app.inject({ url: '/v1/collections/%E0%A4%A/pull?batchSize=1', headers: device.headers });
    expect([400, 404]).toContain(broken.statusCode);
    expect(broken.json<SyncError>().message).toMatch(chinese);
  });

  it('[S26] hostile query strings (1e309, repeated, negative) → 400, never a 500', async () => {
    const { device } = await township();
    const before = await storedCount(backend.server(), 'mediationCase');
    const ask = (query: string) => backend.server().app.inject({ url: `${syncPaths.pull('mediationCase')}?${query}`, headers: device.headers });
    await expectRefused(await ask('batchSize=1&checkpoint=1e309'), 400, 'INVALID_CHECKPOINT', before);
    await expectRefused(await ask('batchSize=1&checkpoint=99999999999999999999999'), 400, 'INVALID_CHECKPOINT', before);
    await expectRefused(await ask('batchSize=1&checkpoint=1&checkpoint=2'), 400, 'INVALID_CHECKPOINT', before);
    await expectRefused(await ask('batchSize=-1'), 400, 'INVALID_REQUEST', before);
    await expectRefused(await ask('batchSize=1&batchSize=2'), 400, 'INVALID_REQUEST', before);
  });

  it('[S26] a 100 kB Authorization header or a token of odd characters → 401 UNAUTHENTICATED', async () => {
    const before = await storedCount(backend.server(), 'mediationCase');
    const ask = (authorization: string) =>
      backend.server().app.inject({ url: `${syncPaths.pull('mediationCase')}?batchSize=1`, headers: { ...protocolHeaders, authorization } });
    await expectRefused(await ask(`Bearer ${'x'.repeat(100_000)}`), 401, 'UNAUTHENTICATED', before);
    await expectRefused(await ask("Bearer ' OR 1=1 --"), 401, 'UNAUTHENTICATED', before);
  });

  it('[S26] enrollment with a non-string code or a 1,000-character device name → 400, no device made', async () => {
    const server = backend.server();
    const before = await storedCount(server, 'mediationCase');
    const devices = async () => Number((await server.db.query<{ n: string }>('SELECT count(*)::text AS n FROM devices')).rows[0]?.n);
    const deviceCount = await devices();
    const ask = (payload: object) => server.app.inject({ method: 'POST', url: syncPaths.enroll, headers: protocolHeaders, payload });
    await expectRefused(await ask({ code: ['7KQM-3XPA-HT9C'], deviceName: '电脑' }), 400, 'INVALID_REQUEST', before);
    await expectRefused(await ask({ code: '7KQM-3XPA-HT9C', deviceName: '机'.repeat(1000) }), 400, 'INVALID_REQUEST', before);
    expect(await devices()).toBe(deviceCount);
  });
});
